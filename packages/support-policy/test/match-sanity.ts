// A third, small labelled corpus for ticket matching, written after the matcher was settled and
// never tuned against: products and phrasings the other two corpora do not use, a few related
// subjects per incident among more unrelated ones.
import type { CorpusIncident } from "./match-corpus.js";

export const MATCH_SANITY: CorpusIncident[] = [
  {
    family: "esign",
    name: "Signature requests not being sent",
    components: ["E-signature"],
    related: [
      "Signers aren't getting the signature request email",
      "sent a contract for signing but my client got nothing",
      "Signature request stuck in 'sending'",
    ],
    unrelated: [
      "How do I add a second signer?",
      "Signed PDF has the wrong date",
      "Can we put our logo on the signing page?",
      "Template fields misaligned",
    ],
  },
  {
    family: "scheduling",
    name: "Shift schedules failing to publish",
    components: ["Scheduling"],
    related: [
      "Can't publish next week's schedule",
      "Publishing the rota gives an error",
      "schedule publish button spins then fails",
    ],
    unrelated: [
      "Employees can't clock in from the kiosk",
      "How do I copy last week's schedule?",
      "Overtime calculation wrong on timesheets",
      "Schedule colours feature request",
    ],
  },
  {
    family: "pos",
    name: "Card readers offline",
    components: ["Card Readers", "In-person payments"],
    related: [
      "Card reader says offline",
      "Our terminals won't connect",
      "In-store payments not going through, reader disconnected",
    ],
    unrelated: [
      "Where can I buy another card reader?",
      "Online checkout is slow",
      "Receipt printer prints blank receipts",
      "Reader firmware update question",
    ],
  },
  {
    family: "ai",
    name: "AI assistant responses timing out",
    components: ["AI Assistant"],
    related: [
      "AI assistant just spins and never answers",
      "Assistant times out on every question",
      "The AI chat keeps saying 'request timed out'",
    ],
    unrelated: [
      "AI assistant gave a wrong answer about our policy",
      "Can we turn off the assistant for some users?",
      "Pricing for AI credits",
      "Search is slow",
      "Help center articles out of date",
    ],
  },
  {
    family: "backup",
    name: "Elevated errors on backup restores",
    components: ["Backups"],
    related: [
      "Restore from backup fails",
      "Restoring a snapshot errors out after a few minutes",
      "can't restore our backup from last night",
    ],
    unrelated: [
      "Backup schedule question",
      "Backups are taking more storage than expected",
      "Restore purchases button in the app does nothing",
      "How long are backups kept?",
    ],
  },
  {
    family: "forms",
    name: "Form submissions delayed",
    components: ["Forms"],
    related: [
      "Form entries showing up hours late",
      "New submissions not appearing in the inbox",
      "Our contact form responses are delayed",
    ],
    unrelated: [
      "How do I add a file upload field to a form?",
      "Form builder crashes when I drag a field",
      "Spam submissions on our form",
      "Survey results export is empty",
    ],
  },
  {
    family: "vpn",
    name: "VPN connections dropping",
    components: ["VPN Gateway"],
    related: [
      "VPN keeps disconnecting every few minutes",
      "Our tunnel drops constantly",
      "Can't stay connected to the VPN",
    ],
    unrelated: [
      "How do I set up VPN on a new laptop?",
      "Wi-Fi keeps dropping in the office",
      "VPN licence renewal invoice",
      "Slow downloads from the file share",
    ],
  },
  {
    family: "tracking",
    name: "Shipment tracking not updating",
    components: ["Tracking API"],
    related: [
      "Tracking status stuck on 'label created'",
      "Parcels haven't updated tracking in two days",
      "tracking page shows old status",
    ],
    unrelated: [
      "Wrong shipping rate at checkout",
      "How do I print a return label?",
      "Tracking API rate limit increase",
      "Customer says parcel was damaged",
    ],
  },
  {
    family: "translation",
    name: "Machine translation failing for Japanese",
    components: ["Translation API"],
    related: [
      "Japanese translations return an error",
      "JA translation requests failing",
      "Can't translate anything into Japanese",
    ],
    unrelated: [
      "Translation quality for German is poor",
      "Which languages do you support?",
      "Japanese characters garbled in PDF export",
      "Translation API pricing tiers",
    ],
  },
  {
    family: "comments",
    name: "Comments not saving",
    components: ["Comments"],
    related: [
      "My comment disappears after I post it",
      "Can't save comments on tasks",
      "Comments not posting, spinner forever",
    ],
    unrelated: [
      "How do I mention a teammate in a comment?",
      "Task due dates wrong after import",
      "Notifications for comments too noisy",
      "Attachments not saving on tasks",
    ],
  },
  {
    family: "payments-refunds",
    name: "Refunds failing",
    components: ["Refunds API"],
    related: [
      "Refund attempts fail with an error",
      "Can't issue refunds to customers",
      "Refund button gives 'something went wrong'",
    ],
    unrelated: [
      "How long do refunds take to reach the customer?",
      "Dispute evidence upload failing",
      "Refund policy wording on our checkout page",
      "Payouts are late this week",
    ],
  },
  {
    family: "recordings",
    name: "Call recordings missing",
    components: ["Call Recording"],
    related: [
      "No recordings for today's calls",
      "Recorded calls not showing in the call log",
      "Call recording missing for a customer call",
    ],
    unrelated: [
      "How do I turn on call recording for a new number?",
      "Call quality choppy",
      "Voicemail greetings missing after update",
      "Recording storage pricing",
    ],
  },
];
