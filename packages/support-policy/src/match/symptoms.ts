// Whether what a subject reports wrong can be what is wrong in the incident.
import type { IncidentProfile } from "./profile.js";
import type { TextTerms } from "./terms.js";
import { UNSPECIFIC_SYMPTOMS } from "./vocabulary.js";

/** The kinds of symptom a subject reports: the specific ones, else the unspecific `problem`. */
const kindsOf = (symptoms: ReadonlySet<string>): string[] => {
  const specific = [...symptoms].filter((kind) => kind !== UNSPECIFIC_SYMPTOMS);
  return specific.length > 0 ? specific : [UNSPECIFIC_SYMPTOMS];
};

/** Whether a ticket reporting `kind` can be about an incident of the kind `theirs`. */
const seenAs = (profile: IncidentProfile, theirs: string, kind: string) =>
  profile.lexicon.seenAs.get(theirs)?.has(kind) ?? kind === theirs;

/**
 * Whether the subject reports a kind of symptom the incident's shows as (`SYMPTOMS_SEEN_AS`):
 * "Search returns 500" is no sign of "Search indexing lag", nor "Funnel numbers look wrong" of
 * "Funnel queries timing out". An incident whose name reports no kind takes any.
 */
export function symptomsAgree(profile: IncidentProfile, subject: TextTerms): boolean {
  if (profile.symptoms.size === 0) return true;
  return kindsOf(subject.symptoms).some((kind) =>
    [...profile.symptoms].some((theirs) => seenAs(profile, theirs, kind)),
  );
}

/**
 * Whether the subject reports the same kind of symptom as the incident (never the unspecific
 * `problem`). For an incident named only in generic words, a kind it shows as will do ("Our emails
 * are not going out" for "Email delivery delays"): it has nothing more specific to offer.
 */
export function symptomsMatch(profile: IncidentProfile, subject: TextTerms): boolean {
  return [...subject.symptoms].some(
    (kind) =>
      kind !== UNSPECIFIC_SYMPTOMS &&
      [...profile.symptoms].some((theirs) =>
        profile.specific ? kind === theirs : seenAs(profile, theirs, kind),
      ),
  );
}
