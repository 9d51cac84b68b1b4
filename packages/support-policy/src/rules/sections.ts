/**
 * The handbook's `##` section headings, in handbook order. Headings may be cited; sentences may
 * not. Sections with nothing a rule can check say why.
 */
export const HANDBOOK_SECTIONS = [
  {
    heading: "Raising an incident",
    slug: "raising-an-incident",
    nothingToEnforce:
      "Raising an incident happens before any incident exists; the policy starts once one is declared (the watcher request is enforced under 'When an incident is declared').",
  },
  {
    heading: "Your role during an incident",
    slug: "your-role-during-an-incident",
    nothingToEnforce:
      "This section summarises the watcher's duties; each duty is enforced by the rules of the section that details it.",
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
] as const satisfies ReadonlyArray<{ heading: string; slug: string; nothingToEnforce?: string }>;

export type HandbookSection = (typeof HANDBOOK_SECTIONS)[number]["heading"];
