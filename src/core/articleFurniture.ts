/**
 * The page's furniture set among the story's kept blocks, found by its words (furniture.ts,
 * pageLines.ts) and where it stands: calls to the reader, notices, labels of lists of other
 * stories, photo credits, an author's note, notes on the writers that close the piece; then what
 * each kept block is (content, heading, credit).
 *
 * Passes over a PageContext (articlePage.ts), run by article.ts. Pure: no DOM, no Node.
 */
import { HEADING_TAG, MAX_LINK_SHARE, SENTENCE_END, wordsOf } from './articleRuns';
import { type PageContext, isCreditedCaption, isProse, nextWithWords, previousWithWords, textOf } from './articlePage';
import { isFurnitureLine } from './furniture';
import { once } from './once';
import { CLOSING_THANKS } from './pageNotices';
import { isStaffCredit } from './segment/credits';
import {
  AUTHOR_NOTE_VERB,
  BIO_MAX_WORDS,
  isBracketedPhotoCredit,
  CREDIT,
  FOLLOW,
  FOLLOW_MAX_WORDS,
  FURNITURE_LABEL,
  FURNITURE_LABEL_LONG,
  LIST_LABEL_MAX_WORDS,
  PHOTO_CREDIT,
  PHOTO_CREDIT_MAX_WORDS,
  READ_ALSO_LEAD,
  READ_ALSO_MAX_WORDS,
  TOPIC_LIST_LABEL,
  bylineNames,
  isClosingBio,
  lastSentence,
} from './pageLines';

/** A paragraph closing on a colon right above a list of links heads it as a label does: at most this many words. */
const LIST_PITCH_MAX_WORDS = 40;

/**
 * A call to the reader (sign up, share, join our…), a site's disclaimer or notice about the page
 * ("This page is archived…"), the rules of its comments, an advert's tag, the label of a list of
 * other stories ("Read more:", "Don't miss"), a short label in the story right above a list of
 * links (with the list's items that hold links; not the headline above a share bar) or a
 * paragraph closing on a colon right above it (a box's pitch for what the links lead to), a photo's
 * credit line and a gallery's counter; a byline set on its own line, a note on what the site
 * earns from its links, a player's notice to the browser ("JavaScript must be enabled…"), a
 * control's label ("Caption", "Close"), a pitch for the site's newsletter, a copyright notice, a
 * line pointing elsewhere ("Watch more »", "click here", "Lire aussi <a linked story>") and a
 * reporter's e-mail address on its own line. Not the headline when it is the page's title word for word: a label opening it
 * ("VIDEO: Voting on the plan") is the headline's, as the page titles the story.
 */
export function dropFurniture(page: PageContext): void {
  const { blocks, roles, words } = page;
  const isLinkList = (j: number): boolean => j < blocks.length && roles[j] === 'chrome' && blocks[j]!.linkShare > MAX_LINK_SHARE;
  const title = wordsOf(page.hint.title ?? '').join(' ');
  for (let i = 0; i < blocks.length; i++) {
    if (roles[i] === 'chrome' || words[i]!.length === 0) continue;
    if (roles[i] === 'heading' && !!title && words[i]!.join(' ') === title) continue;
    const text = textOf(page, i).trim();
    const n = words[i]!.length;
    const next = nextWithWords(page, i);
    // A list's label with the article's own paragraph right under it, no list between (a list
    // cut from the copy): what it heads is the story, so it is left as the page sets it.
    const aboveProse = next < blocks.length && roles[next] === 'content' && blocks[next]!.linkShare === 0 && isProse(page, next);
    const labelled = (FURNITURE_LABEL.test(text) || FURNITURE_LABEL_LONG.test(text)) && !aboveProse;
    // A pointer to another story opening on "read also", with no colon, and a link in it.
    const readAlso = n <= READ_ALSO_MAX_WORDS && blocks[i]!.linkShare > 0 && READ_ALSO_LEAD.test(text);
    const furniture = isFurnitureLine(text, roles[i] === 'heading') || labelled || readAlso;
    // A short label above a list of links; or a paragraph closing on a colon above it, a box's
    // pitch for what its links lead to ("This story is from our July issue. Highlights of the issue:").
    // A list's first item may be its label ("MORE SIXERS" over the links): one that says "more" on a topic.
    const listLabel =
      roles[i] === 'content' &&
      (blocks[i]!.tag !== 'li'
        ? (n <= LIST_LABEL_MAX_WORDS && !SENTENCE_END.test(text)) || (n <= LIST_PITCH_MAX_WORDS && /[:：]$/u.test(text))
        : n <= LIST_LABEL_MAX_WORDS && (TOPIC_LIST_LABEL.test(text) || FURNITURE_LABEL.test(text))) &&
      isLinkList(next) &&
      isLinkList(nextWithWords(page, next));
    if (!furniture && !listLabel) continue;
    roles[i] = 'chrome';
    if (furniture) dropClosingThanks(page, i);
    if (isBracketedPhotoCredit(text)) dropCaptionAbove(page, i);
    // A photo label alone ("Photo:") credits the line after it; a list's label, its items that hold links.
    let j = nextWithWords(page, i);
    if (
      PHOTO_CREDIT.test(text) &&
      wordsOf(text).length <= 2 &&
      j < blocks.length &&
      words[j]!.length <= PHOTO_CREDIT_MAX_WORDS &&
      !SENTENCE_END.test(textOf(page, j))
    )
      roles[j] = 'chrome';
    if (!listLabel && !labelled) continue;
    while (isLinkList(j)) j = nextWithWords(page, j);
    while (j < blocks.length && blocks[j]!.tag === 'li' && (roles[j] === 'chrome' || blocks[j]!.linkShare > 0)) {
      roles[j] = 'chrome';
      j = nextWithWords(page, j);
    }
  }
}

/** A line that closes a call to the reader on thanks: at most this many words. */
const CLOSING_THANKS_MAX_WORDS = 40;

/**
 * The line right under the page's furniture at block i (a call to the reader) that closes the
 * article thanking the reader ("… new posts every week. Thanks!", "…圖文訊息 謝謝!"): the call's own last
 * line, no part of the story, when nothing of the story follows it.
 */
function dropClosingThanks(page: PageContext, i: number): void {
  const { blocks, roles, words } = page;
  const j = nextWithWords(page, i);
  if (j >= blocks.length || roles[j] !== 'content' || blocks[j]!.tag !== 'p' || words[j]!.length > CLOSING_THANKS_MAX_WORDS) return;
  if (!CLOSING_THANKS.test(textOf(page, j).trim())) return;
  for (let k = nextWithWords(page, j); k < blocks.length; k = nextWithWords(page, k)) if (roles[k] !== 'chrome') return;
  roles[j] = 'chrome';
}

/** A caption set as the story's own paragraph over its credit: at most this many words. */
const CAPTION_ABOVE_MAX_WORDS = 50;

/**
 * A picture's credit alone in brackets (block i) closes its caption, set as a paragraph of the
 * story's right above it: that paragraph is chrome when it is a caption's length, holds no link
 * and does not go on from the story's prose (what stands above it is no kept block: the picture,
 * its file's name, the page's head). A paragraph of the story's running prose above such a
 * credit stays (the credit is then a picture's set elsewhere).
 */
function dropCaptionAbove(page: PageContext, i: number): void {
  const { blocks, roles, words } = page;
  const caption = previousWithWords(page, i);
  if (caption < 0 || roles[caption] !== 'content' || HEADING_TAG.test(blocks[caption]!.tag) || blocks[caption]!.linkShare > 0) return;
  if (words[caption]!.length > CAPTION_ABOVE_MAX_WORDS) return;
  const above = previousWithWords(page, caption);
  if (above >= 0 && roles[above] !== 'chrome') return;
  roles[caption] = 'chrome';
}

/**
 * The head of a box that sums the story up in a few points ("Story highlights", "Key points", "The
 * short version", "Das Wichtigste in Kürze", "Kurz gefasst", "Kort fortalt", "I korthet",
 * "Kortversjonen", "L'essentiel", "Lo esencial").
 */
const SUMMARY_LABEL =
  /^(?:story\s+highlights|key\s+points|the\s+short\s+version|das\s+wichtigste\s+in\s+k(?:ü|ue)rze|kurz\s+gefasst|kort\s+fortalt|i\s+korthet|kortversjonen|kortversionen|l['’]essentiel|lo\s+esencial)\s*[:：]?$/iu;
/** …whose points are list items of at most this many words. */
const SUMMARY_POINT_MAX_WORDS = 40;

/** "AI" as pages write it, in a few languages, and OpenAI's and Google's names for their models (not inside a longer word). */
const AI_NAME = String.raw`(?<![\p{L}\p{N}])(?:AI|KI|IA|ИИ|OpenAI|ChatGPT|GPT|Gemini|인공지능|人工智能|人工知能)(?![\p{Ll}\p{N}])`;
/** A word for a summary, in a few languages, capitalised or not (its endings aside: "summaries", "Zusammenfassungen", "요약은"). */
const SUMMARY_NAME = String.raw`(?<![\p{L}])(?:[Ss]ummar|[Zz]usammenfassung|[Rr]ésum|[Rr]esum|[Rr]iassunt|[Ss]amenvatting|[Ss]ammanfattning|[Ss]ammendrag|[Ss]hrnutí|[Pp]odsumowani|[Öö]zet|[Рр]езюме|요약|要約|摘要|总结|總結)`;
/** Between the two, at most this many words. */
const AI_SUMMARY_GAP = 3;
const AI_SUMMARY = once(() => {
  const gap = String.raw`(?:[\s\p{P}]+[\p{L}\p{N}'’]+){0,${AI_SUMMARY_GAP}}?[\s\p{P}]*`;
  return new RegExp(`${AI_NAME}${gap}${SUMMARY_NAME}|${SUMMARY_NAME}[\\p{L}]*${gap}${AI_NAME}`, 'u');
});
/** A notice on a summary made by AI: at most this many words. */
const AI_NOTICE_MAX_WORDS = 40;
/**
 * What such a notice needs, tried before AI_SUMMARY (whose classes of letters cost a page's first
 * read a few milliseconds to compile): a summary's word and a name of AI, as plain strings.
 */
const SUMMARY_STEM = /[Ss]ummar|[Zz]usammenfassung|[Rr][ée]sum|[Rr]iassunt|[Ss]amenvatting|[Ss]ammanfattning|[Ss]ammendrag|[Ss]hrnutí|[Pp]odsumowani|[Öö]zet|[Рр]езюме|요약|要約|摘要|总结|總結/;
const AI_STEM = /AI|KI|IA|ИИ|GPT|Gemini|인공지능|人工智能|人工知能/;
const isAiNotice = (text: string): boolean => SUMMARY_STEM.test(text) && AI_STEM.test(text) && AI_SUMMARY().test(text);

/**
 * A box that sums the story up in a few points under its head ("Story highlights", "Key
 * points"): the story's own words said again, not the story, so the head and its points are chrome.
 * So is a summary above the prose under a notice that AI made it ("This summary was made by AI …",
 * "KI-Zusammenfassung"), its paragraphs set as the standfirst's are: the notice and the paragraphs
 * right under it above the prose.
 */
export function dropSummaryBoxes(page: PageContext): void {
  const { blocks, roles, words } = page;
  for (let i = 0; i < blocks.length; i++) {
    if (roles[i] === 'chrome') continue;
    const text = textOf(page, i).trim();
    if (i < page.firstProse && words[i]!.length <= AI_NOTICE_MAX_WORDS && isAiNotice(text)) {
      roles[i] = 'chrome';
      for (let j = nextWithWords(page, i); j < page.firstProse && roles[j] === 'content' && !HEADING_TAG.test(blocks[j]!.tag) && words[j]!.length <= SUMMARY_POINT_MAX_WORDS; j = nextWithWords(page, j))
        roles[j] = 'chrome';
      continue;
    }
    if (!SUMMARY_LABEL.test(text)) continue;
    roles[i] = 'chrome';
    for (let j = nextWithWords(page, i); j < blocks.length && blocks[j]!.tag === 'li' && words[j]!.length <= SUMMARY_POINT_MAX_WORDS; j = nextWithWords(page, j))
      roles[j] = 'chrome';
  }
}

/**
 * The author's note: a short paragraph that opens on the name its byline gave, wherever it
 * stands; and notes on the writers that close the piece with no byline to name them, or notes
 * set under it wholly in italics, from the last kept block up.
 */
export function dropAuthorNotes(page: PageContext): void {
  const { blocks, roles, words, firstProse } = page;
  const authors = bylineNames(blocks.slice(0, firstProse).map((_, i) => textOf(page, i)));
  for (let i = 0; i < blocks.length && authors.length; i++) {
    if (roles[i] !== 'content' || words[i]!.length > BIO_MAX_WORDS) continue;
    const text = textOf(page, i).trim();
    if (authors.some((a) => text.startsWith(a) && AUTHOR_NOTE_VERB.test(text.slice(a.length)))) roles[i] = 'chrome';
  }
  for (let i = page.lastProse; i > firstProse; i--) {
    if (roles[i] !== 'content' || words[i]!.length === 0) continue;
    // A follow line under the note ("On Twitter: Follow …") is chrome (as nameRoles has it), and no part of the story under the note.
    const text = textOf(page, i).trim();
    const follows = words[i]!.length <= FOLLOW_MAX_WORDS && FOLLOW.test(text);
    if (!follows && !isClosingBio(text, words[i]!.length) && !isItalicNote(page, i)) break;
    roles[i] = 'chrome';
  }
}

/** A sentence that leads into what follows it: a word, then a colon at its end. */
const LEADS_ON = /[\p{L}\p{N}][:：]$/u;
/** A word for a video, in a few languages. */
const VIDEO_WORD = /video|vídeo|vidéo|wideo|видео|视频|視頻|動画|영상|فيديو|ویدیو/iu;
/** A note set under the story wholly in italics: at least this share of its letters in <em> or <i>… */
const ITALIC_NOTE_SHARE = 0.9;
/** …below a paragraph of the story with at most this share so set (a story told in italics is the story). */
const ITALIC_STORY_SHARE = 0.5;

/**
 * A short paragraph closing the story set wholly in italics, alone under its last paragraph in
 * roman type: the editors' note on the story, as pages set it apart (where it first appeared, where
 * to read it in full, who wrote it, what was corrected), not a paragraph of the story. Two
 * paragraphs or more in italics closing it are a passage of the story the page sets so (a
 * statement, the last part of a report), not a note: none of them is one.
 */
function isItalicNote(page: PageContext, i: number): boolean {
  if ((page.blocks[i]!.italicShare ?? 0) < ITALIC_NOTE_SHARE || page.words[i]!.length > BIO_MAX_WORDS) return false;
  // A line ending on a colon leads into what the page shows under it (a post, a clip the story cites): the story's words, no
  // note; but not one that names the video it leads into ("The video below shows …:"), the page's pointer to its player.
  const text = textOf(page, i).trimEnd();
  if (LEADS_ON.test(text) && !VIDEO_WORD.test(text)) return false;
  let above = previousWithWords(page, i);
  while (above > page.firstProse && page.roles[above] !== 'content') above = previousWithWords(page, above);
  return above >= page.firstProse && page.roles[above] === 'content' && (page.blocks[above]!.italicShare ?? 0) <= ITALIC_STORY_SHARE && isProse(page, above);
}

/**
 * What each kept block is: a subheading, a credit ("… contributed to this report", "（编辑：…）"), or content;
 * a follow line ("Follow her on Twitter"), an author's note ending on one, and a photo's caption
 * set as a paragraph ending on its credit ("… (credit: NASA)") are chrome.
 */
export function nameRoles(page: PageContext): void {
  const { roles, words } = page;
  for (let i = 0; i < page.blocks.length; i++) {
    if (roles[i] !== 'content') continue;
    const text = textOf(page, i);
    if (HEADING_TAG.test(page.blocks[i]!.tag)) roles[i] = 'heading';
    else if (CREDIT.test(text) || isStaffCredit(text.trim())) roles[i] = 'credit';
    else if (words[i]!.length <= FOLLOW_MAX_WORDS && FOLLOW.test(text)) roles[i] = 'chrome';
    else if (words[i]!.length <= BIO_MAX_WORDS && FOLLOW.test(lastSentence(text))) roles[i] = 'chrome';
    else if (isCreditedCaption(page, i)) roles[i] = 'chrome';
  }
}

/**
 * The head of a press release's closing note on a company or a body ("About Acme Harbour
 * Services", "Über die Acme AG", "À propos d'Acme", "Acerca de Acme", "Sobre a Acme", "Informazioni
 * su Acme", "Over Acme", "Om Acme", "Tentang Acme"), then the name it gives, or on the writer ("About
 * the author", "Über den Autor", "À propos de l'auteur", "Sobre el autor").
 */
const ABOUT_HEAD =
  /^(?:about|über|ueber|à\s+propos\s+(?:de\s+(?:la\s+|l['’]\s*)?|du\s+|des\s+|d['’]\s*)|a\s+propos\s+(?:de\s+|d['’]\s*)|acerca\s+(?:de(?:l)?\s+)|sobre\s+|informazioni\s+su(?:ll[ao'’]?)?\s*|chi\s+è\s+|over\s+|om\s+|tentang\s+)\s*(?:(?:the|die|der|den|das|le|la|les|el|los|las|a|o|os|as|il|lo|de|het)\s+)?(.+)$/iu;
/** The writer, in such a head: the section is a note on the writer. */
const ABOUT_WRITER = /^(?:authors?|writers?|contributors?|autor(?:in|en|es|a|as)?|auteur(?:e|s|es)?|autore|autori|penulis|schrijver)$/iu;
/** The head: at most this many words. */
const ABOUT_HEAD_MAX_WORDS = 8;

/** The name an "About …" head gives (its words), or null when the block is no such head. */
function aboutName(text: string, words: number): string[] | null {
  if (words < 2 || words > ABOUT_HEAD_MAX_WORDS || SENTENCE_END.test(text)) return null;
  const m = ABOUT_HEAD.exec(text.replace(/[\s:]+$/u, ''));
  return m ? wordsOf(m[1]!) : null;
}

/**
 * A closing note on a company or a body, as press releases end ("About Acme Harbour Services",
 * then "Acme Harbour Services is a leading provider of …"), or on the writer ("About the author"):
 * its head, after the story's prose, and the paragraphs under it up to the next heading are
 * chrome, when the paragraph right under the head opens on the name the head gives (or the head
 * names the writer). A subheading of the story ("About the plan", then a paragraph of the plan)
 * stays.
 */
export function dropAboutNotes(page: PageContext): void {
  const { blocks, roles, words } = page;
  for (let i = page.firstProse + 1; i < blocks.length; i++) {
    if (roles[i] === 'chrome' || words[i]!.length === 0) continue;
    const name = aboutName(textOf(page, i).trim(), words[i]!.length);
    if (!name || name.length === 0) continue;
    const prev = previousWithWords(page, i);
    if (prev < 0 || roles[prev] === 'chrome' || prev < page.firstProse) continue;
    const next = nextWithWords(page, i);
    // A note on the writer may open on the writer's card (a linked name, a job title), chrome already.
    const writer = name.length === 1 && ABOUT_WRITER.test(name[0]!);
    if (next >= blocks.length || (roles[next] === 'chrome' && !writer)) continue;
    if (!writer && words[next]!.slice(0, name.length).join(' ') !== name.join(' ')) continue;
    roles[i] = 'chrome';
    for (let j = next; j < blocks.length && !HEADING_TAG.test(blocks[j]!.tag); j = nextWithWords(page, j)) {
      if (roles[j] === 'chrome') continue;
      if (aboutName(textOf(page, j).trim(), words[j]!.length)) break;
      roles[j] = 'chrome';
    }
  }
}

/**
 * A note's reference mark: the Japanese 米印 (※). Not an asterisk, which an interview may set
 * before each of its questions, down to the last.
 */
const NOTE_MARK = /^\s*※/u;
/** A key to the marks set in the story: an item that opens on an ellipsis, standing for the words marked ("…the names of people"). */
const KEY_ITEM = /^\s*(?:…|\.\.\.)\s*\p{L}/u;

/**
 * Notes under the story on how to read it, each opening on a reference mark ("※ Words underlined
 * are explained in the glossary"), and a key to the marks set in the
 * story (a list whose items open on an ellipsis: "…the names of people", "…the names of places"):
 * the blocks that close the kept text so are chrome, from the last up to the first that is neither.
 * A note among the story's paragraphs, with the story after it, is the story's.
 */
export function dropClosingNotes(page: PageContext): void {
  const { blocks, roles, words } = page;
  for (let i = blocks.length - 1; i > page.firstProse; i--) {
    if (roles[i] === 'chrome' || words[i]!.length === 0) continue;
    const text = textOf(page, i);
    if (!NOTE_MARK.test(text) && !(blocks[i]!.tag === 'li' && KEY_ITEM.test(text))) return;
    roles[i] = 'chrome';
  }
}

/**
 * A heading left as the last kept block after the story's prose, when the furniture under it went
 * (a box's "Congrats!" over a plea for donations, "More on this" over a list of links): it heads
 * nothing of the story, so it is chrome too; so is one left over it, heading only that heading.
 */
export function dropClosingHeadings(page: PageContext): void {
  const { blocks, roles } = page;
  let last = blocks.length - 1;
  while (last > page.firstProse && roles[last] === 'chrome') last--;
  while (last > page.firstProse && roles[last] !== 'chrome' && HEADING_TAG.test(blocks[last]!.tag)) {
    roles[last] = 'chrome';
    while (last > page.firstProse && roles[last] === 'chrome') last--;
  }
}
