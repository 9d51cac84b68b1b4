import { describe, expect, it } from "vitest";
import { findMarker, markerLine, markerMetadata, sameMarker } from "../src/slack/marker.js";
import { instantOf } from "../src/slack/message.js";
import {
  DEFAULT_RECOGNITION,
  isPatternNote,
  isWorkflowPost,
  threadReplyRoles,
} from "../src/slack/recognise.js";
import { slackText } from "../src/slack/text.js";

const incident = { reference: "INC-2417", channelId: "C02AW36C1M5" };
const human = (text: string) => ({ ts: "1780497600.000100", user: "U0PRIYA001", text });

describe("recognising Slack messages", () => {
  it("takes a bot's post naming the incident (as a word) as the workflow post", () => {
    const bot = (text: string) => ({ ts: "1", bot_id: "B1", text });
    expect(
      isWorkflowPost(bot("INC-2417 declared: flags slow"), incident, DEFAULT_RECOGNITION),
    ).toBe(true);
    expect(isWorkflowPost(bot("INC-24170 declared"), incident, DEFAULT_RECOGNITION)).toBe(false);
    expect(isWorkflowPost(bot("Join <#C02AW36C1M5>"), incident, DEFAULT_RECOGNITION)).toBe(true);
    expect(isWorkflowPost(human("INC-2417 is bad"), incident, DEFAULT_RECOGNITION)).toBe(false);
    const only = { ...DEFAULT_RECOGNITION, workflowBots: ["B0INCIDENTIO"] };
    expect(isWorkflowPost(bot("INC-2417 declared"), incident, only)).toBe(false);
    expect(
      isWorkflowPost({ ...bot("INC-2417 declared"), bot_id: "B0INCIDENTIO" }, incident, only),
    ).toBe(true);
  });

  it("tells hands raised from handover notes and other support posts", () => {
    const roles = (text: string) => threadReplyRoles(human(text), undefined, DEFAULT_RECOGNITION);
    for (const raise of [
      "✋",
      ":raised_hand: me",
      "I’ll watch this",
      "Raising my hand",
      "i can take it",
    ])
      expect(roles(raise)).toEqual(["hand_raise"]);
    expect(roles("Handover: Lou takes it from here")).toEqual(["handover", "support_post"]);
    expect(roles("EU flags are 30-60 s behind")).toEqual(["support_post"]);
    const custom = { ...DEFAULT_RECOGNITION, handRaise: ["dibs"] };
    expect(threadReplyRoles(human("dibs"), undefined, custom)).toEqual(["hand_raise"]);
    expect(threadReplyRoles(human("✋"), undefined, custom)).toEqual(["support_post"]);
  });

  it("needs tickets and a pattern word or a count for a pattern note", () => {
    const note = (text: string) => isPatternNote(human(text), undefined, DEFAULT_RECOGNITION);
    expect(note("We have 4 tickets about slow flags")).toBe(true);
    expect(note("Several tickets mention experiments")).toBe(true);
    expect(note("One ticket about flags")).toBe(false);
    expect(note("Several customers on Twitter")).toBe(false);
  });

  it("reads Slack timestamps as instants", () => {
    expect(instantOf("1780497600.000100")).toBe("2026-06-03T14:40:00.000Z");
    expect(instantOf("yesterday")).toBeUndefined();
  });
});

describe("markers", () => {
  const marker = { incident: "INC-2417", kind: "announce_macro" as const, key: "36000005" };
  it("are found in the metadata or in the text, and only match the same post", () => {
    const metadata = markerMetadata(marker);
    const viaMetadata = findMarker({ text: "no token", metadata });
    const viaText = findMarker({ text: `The macro is ready\n${markerLine(marker)}` });
    expect(viaMetadata).toEqual(viaText);
    expect(viaText && sameMarker(viaText, marker)).toBe(true);
    expect(viaText && sameMarker(viaText, { ...marker, key: "36000006" })).toBe(false);
    expect(viaText && sameMarker(viaText, { ...marker, incident: "INC-2418" })).toBe(false);
    expect(findMarker({ text: "[sw:INC-2417:nonsense:0123456789]" })).toBeUndefined();
  });
});

describe("text for Slack", () => {
  it("escapes &, < and >, breaks broadcasts and shows control characters", () => {
    expect(slackText("<!here> & <@U1|x> @channel @Everyone\u202e\u0007")).toBe(
      "&lt;!here&gt; &amp; &lt;@U1|x&gt; @\u2060channel @\u2060Everyone\\u202e\\x07",
    );
  });
});
