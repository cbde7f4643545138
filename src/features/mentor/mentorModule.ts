// Entry of dist/mentor.js (required by platform/deferredModules.ts when Ask the Mentor first
// runs or @mentor is first asked): the mentor's answers in the sidebar and in chat, and chat's
// follow-ups. Activation holds only mentor/register.ts, which registers the command, the chat
// participant and the tip documents, and loads this.
export { askMentor, handleMentorRequest, mentorFollowups } from './chatParticipant';
