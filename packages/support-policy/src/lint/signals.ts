// What a message says, as yes/no signals shared by several rules. Each list errs on the side of
// "yes": a rule that misses a vague message is annoying, one that flags a good message is ignored.
import { contains, wordsRegex } from "./patterns.js";

// After "not": words that make the sentence reassuring ("not lost") or say nothing about users.
const NOT_AN_IMPACT_VERB =
  "(?:lost|missing|delayed|dropped|deleted|corrupted|broken|down|late|slow|affected|impacted|related|expected|needed|required|sure|aware|know|have|has|had|need|think|believe|expect|anticipate|identified|found|confirmed|determined|seen|heard|yet|a|an|the|any|all|to|our|your|their|this|that|it|we|you)(?![\\p{L}\\p{N}_])";

/** A symptom word that is not itself negated: "not lost" reassures, it does not describe impact. */
const UNNEGATED = "(?<!not |n't |never |no longer |nothing is |nothing has been |nothing was )";

/** What a customer experiences: cannot do X, X is slow, late, missing, failing, showing errors. */
const IMPACT = wordsRegex([
  "can't|cannot|can not|couldn't|unable to|not able to|isn't able to|aren't able to",
  `(?:not|never|no longer|isn't|aren't|wasn't|weren't|doesn't|don't|didn't|won't|hasn't|haven't) (?:be |being |been |currently |always |fully |properly |correctly )?(?!${NOT_AN_IMPACT_VERB})\\p{L}{3,}`,
  `${UNNEGATED}(?:delay(?:s|ed|ing)?|slow(?:s|ed|er|ly|ness|ing)?|lag(?:s|ged|ging)?|late|behind|backed up)`,
  "(?:take|takes|taking|took) (?:up to |over |more than |about |around |several |a few |many |much |far |a lot )?(?:longer|minutes|hours|seconds|ages|a while|\\d+)",
  "time(?:s|d)? out|timing out|timeouts?",
  `${UNNEGATED}(?:fail(?:s|ed|ing|ures?)?)`,
  `${UNNEGATED}(?:missing|lost|dropped|disappear(?:s|ed|ing)?|blank|empty|incomplete|inaccurate|incorrect|wrong|stale|out of date|outdated|duplicated?|duplicates|stuck|frozen|freez(?:e|es|ing)|hang(?:s|ing)?|crash(?:es|ed|ing)?|broken|unavailable|unreachable|inaccessible|unusable|unresponsive|offline|outages?|down|intermittent(?:ly)?|logged out|signed out)`,
  "(?:see|sees|seeing|saw|get|gets|getting|got|receive|receives|receiving|received|show|shows|showing|shown|return|returns|returning|returned|hit|hits|hitting|run into|running into) (?:an? |the |some |occasional |intermittent )?(?:[\\p{L}\\p{N}]+ )?errors?",
  "error (?:message|page|screen)s?|errors? (?:when|while)",
  "(?:slower|longer|later|higher|lower|more|fewer|less)(?: \\p{L}+)? than (?:normal|usual|expected)",
]);

/** The message says what customers experience. */
export function describesImpact(text: string): boolean {
  return contains(IMPACT, text);
}

const UPDATE_WORD =
  "(?:update|updates|more information|more info|more details|further details|news)";
const SOME_WORDS = "(?:[\\p{L}\\p{N}\\x27\\u2019]+ ){0,4}?";
// Every alternative ends on a whole word, as the surrounding word boundary requires.
const AT_A_TIME =
  "(?:in|within|by|at|around|before|after|every) (?:the next |about |approximately |roughly |around |~\\s*)?(?:\\d[\\d:.]*(?:\\s*(?:am|pm))?|an?|one|two|three|half|few|couple|hour|day|noon|midnight|tomorrow|today|tonight|the hour|the end)";
const ON_A_TRIGGER = "(?:as soon as|once|when|as) (?:we|there|it|this|the|more|anything|something)";

/** When the next update comes: "next update", "an update within 30 minutes", "as soon as we know". */
const NEXT_UPDATE = wordsRegex([
  "next update",
  `${UPDATE_WORD} ${SOME_WORDS}(?:${AT_A_TIME}|${ON_A_TRIGGER})`,
  "(?:every|each) (?:\\d+|few|couple of|half)\\s*(?:minutes?|mins?|hours?|hrs?)|every (?:hour|half hour)|hourly",
]);

/** A promise to come back to the customer, with or without a time. */
const FOLLOW_UP = wordsRegex([
  "let you know|get back to you|keep you (?:posted|updated|informed|in the loop)|notify you|update you|follow up|reach out (?:again|when|once|as soon as)",
]);

/** A time estimate, or a plain statement that there is none yet. */
const TIMELINE = wordsRegex([
  "etas?|timelines?|time\\s*frames?|time estimates?|estimated (?:time|fix|resolution)|estimates?",
  "(?:within|in) (?:the next |about |around |roughly |approximately |under |less than |~\\s*)?(?:(?:\\d+|an?|one|two|three|four|five|a few|a couple of|several|half an?)(?:\\s*(?:-|to)\\s*\\d+)?\\s*)?(?:minutes?|mins?|hours?|hrs?|days?)",
  "by (?:\\d{1,2}(?::\\d{2})?\\s*(?:am|pm|utc|gmt)?|noon|midnight|tonight|tomorrow|(?:the )?end of (?:the |your )?(?:day|week)|monday|tuesday|wednesday|thursday|friday|saturday|sunday)",
  "(?:expect|expected|expecting|hope|hoping|aim|aiming|plan|planning) (?:to |it to |this to |for this to |for it to |that this will |that it will )?(?:be )?(?:resolved|fixed|back|restored|recovered|working|resume|caught up)",
  "(?:don't|do not|can't|cannot|couldn't) (?:yet )?(?:know|say|tell|predict|estimate) (?:yet )?(?:when|how long)|not (?:yet )?sure (?:when|how long)|how long (?:it|this) will take",
]);

/** The message says when the next update will come. */
export function saysWhenNextUpdate(text: string): boolean {
  return contains(NEXT_UPDATE, text);
}

/** The message gives a timeline, says there is none yet, or says when we will update next. */
export function addressesTimeline(text: string): boolean {
  return contains(TIMELINE, text) || contains(NEXT_UPDATE, text) || contains(FOLLOW_UP, text);
}
