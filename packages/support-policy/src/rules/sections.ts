/**
 * The handbook's `##` section headings, in handbook order. Headings may be cited; sentences may
 * not. A section that only sums up duties detailed elsewhere lists, per duty, the rules of other
 * sections that carry it out.
 */
export const HANDBOOK_SECTIONS = [
  { heading: "Raising an incident", slug: "raising-an-incident" },
  {
    heading: "Your role during an incident",
    slug: "your-role-during-an-incident",
    implementedBy: [
      { duty: "Declare an incident when you suspect one", rules: ["raise-incident"] },
      {
        duty: "Volunteer in the team channel when the workflow asks for a Support Watcher",
        rules: ["request-support-watcher", "nudge-incident-lead", "no-support-coverage"],
      },
      {
        duty: "Follow the incident and keep the status page clear for customers",
        rules: ["review-status-page", "mark-status-page-components", "publish-status-page"],
      },
      {
        duty: "Answer new and existing related tickets, with a macro where it helps",
        rules: [
          "sweep-queue",
          "create-macro",
          "attach-ticket",
          "reply-with-macro",
          "reply-with-status-link",
        ],
      },
      {
        duty: "Keep the support team informed",
        rules: ["update-team", "announce-macro", "report-ticket-pattern"],
      },
      { duty: "Hand over when the incident outlasts your day", rules: ["handover"] },
      {
        duty: "Coordinate with the Comms Lead and the account teams instead of sending duplicate messages",
        rules: [
          "share-macro-with-comms",
          "comms-review-before-use",
          "check-with-cs",
          "proactive-outreach-gate",
        ],
      },
    ],
  },
  { heading: "When an incident is declared", slug: "when-an-incident-is-declared" },
  { heading: "Using the status page", slug: "using-the-status-page" },
  { heading: "Creating a macro for the incident", slug: "creating-a-macro-for-the-incident" },
  {
    heading: "Handling incoming tickets during an incident",
    slug: "handling-incoming-tickets-during-an-incident",
  },
  { heading: "Creating proactive tickets", slug: "creating-proactive-tickets" },
  { heading: "Keeping the team updated", slug: "keeping-the-team-updated" },
  { heading: "Working with the Comms Lead", slug: "working-with-the-comms-lead" },
  { heading: "Coordinating with TAMs and CSMs", slug: "coordinating-with-tams-and-csms" },
  { heading: "Handing over across timezones", slug: "handing-over-across-timezones" },
  { heading: "After an incident resolves", slug: "after-an-incident-resolves" },
] as const satisfies ReadonlyArray<{
  heading: string;
  slug: string;
  implementedBy?: ReadonlyArray<{ duty: string; rules: readonly string[] }>;
}>;

export type HandbookSection = (typeof HANDBOOK_SECTIONS)[number]["heading"];
