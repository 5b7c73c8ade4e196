import type { Param } from '../../content/problem';
import { listOf, type Catalogue } from './types';

/** How to fix a file saved in another encoding (the Windows editors' usual slip). */
const SAVE_AS_UTF8 = 'save it as UTF-8: in Notepad, Save As with Encoding "UTF-8"; in VS Code, click the encoding in the status bar, then Save with Encoding → UTF-8';

const list = (value: Param) => listOf(value, ', ');
const TYPES: Record<string, string> = {
  string: 'text', number: 'a number', int: 'a whole number', boolean: 'true or false', array: 'a list', object: 'a group of "name: value" fields',
};
const VALUES: Record<string, (value: string) => string> = {
  null: () => 'an empty value', array: () => 'a list', string: (value) => `the text "${value}"`, number: (value) => `the number ${value}`,
  boolean: (value) => value, object: () => 'a group of fields',
};
const value = (actual: Param, written: Param) => VALUES[String(actual)]?.(String(written ?? '')) ?? String(actual);
const TODOS: Record<string, string> = {
  'body-speaker': 'write the biography below the front matter',
  'body-session': 'write the recap below the front matter (headings and paragraphs)',
  'body-event': "write the event's introduction below the front matter",
  summary: 'write one paragraph that sums it up (it is also the description search engines show)',
  topics: 'write a topic name, e.g. 推理优化',
  takeaways: 'write a key point, or remove the line',
  text: 'write the real text',
  'optional-text': 'write the real text, or remove the line',
};
const NAMES: Record<string, string> = { file: 'file name', folder: 'folder name', 'event-folder': 'event folder' };
const SLUG_RULE = 'use lowercase letters a-z, digits and single hyphens';

export const en: Catalogue = {
  lang: 'en',
  hintSeparator: '; ',
  problems: {
    empty: () => 'is empty; fill it in or remove the field',
    'not-slug': () => `is not a slug: ${SLUG_RULE}, e.g. chen-wei`,
    'not-date': () => 'is not a real date written YYYY-MM-DD, e.g. 2023-08-12',
    'not-time': () => 'is not a time written HH:MM on a 24-hour clock, e.g. 09:30',
    'not-timezone': () => 'is not a time zone name, e.g. Asia/Shanghai',
    'not-https-url': () => 'must be a full https:// address, e.g. https://example.com/talk',
    'topic-chars': () => 'cannot contain / \\ ? # or %, since a topic name is part of its page address',
    'not-image-path': () => 'must be a path to an image inside public/, e.g. /avatars/chen-wei.jpg',
    pattern: ({ example }) => `is not written in the expected form${example ? `, e.g. ${example}` : ''}`,
    'too-few-items': ({ min }) => `needs at least ${min} ${min === 1 ? 'entry' : 'entries'}`,
    'not-integer': () => 'must be a whole number',
    'below-minimum': ({ min }) => `must be ${min} or more`,
    'file-misplaced': () =>
      'not a place the site reads: events go in content/events/<event>/index.md, sessions in content/events/<event>/sessions/<session>.md, speakers in content/speakers/<speaker>.md',
    'file-utf16': () => `saved as UTF-16, which the site cannot read; ${SAVE_AS_UTF8}`,
    'file-utf32': () => `saved as UTF-32, which the site cannot read; ${SAVE_AS_UTF8}`,
    'file-not-utf8': ({ line }) => `line ${line ?? 1} holds characters that are not UTF-8 (a file saved as GBK or ANSI looks like this), which the site cannot read; ${SAVE_AS_UTF8}`,
    'file-binary': () => 'not a text file (it holds binary data), which the site cannot read; images go under public/, and content/ holds only Markdown saved as UTF-8',
    'front-matter-missing': () => 'missing: the file must start with a line "---", then the fields, then "---"',
    'front-matter-unclosed': () => 'not closed: add a line "---" after the last field',
    'front-matter-unreadable': ({ line, reason }) => `cannot be read${line === undefined ? '' : ` (line ${line} of the file)`}: ${reason}`,
    'front-matter-not-mapping': () => 'must be a list of "field: value" lines',
    required: ({ field, example }) => (example ? `is required; add a line like ${field}: ${example}` : 'is required'),
    'wrong-type': ({ expected, actual, value: written }) => `must be ${TYPES[String(expected)] ?? expected}, but is ${value(actual, written)}`,
    'not-one-of': ({ values, actual, value: written }) => `must be one of ${list(values)}, but is ${value(actual, written)}`,
    'unknown-field': () => 'is not a field of this document',
    'not-translatable': () => 'is not translated: a translation holds only translatable fields, this one comes from the original; remove it',
    invalid: () => 'is not valid',
    'slug-invalid': ({ what, name }) => `the ${NAMES[String(what)]} "${name}" is not a valid slug: ${SLUG_RULE} (pinyin for Chinese names, e.g. chen-wei)`,
    placeholder: ({ todo }) => `still has the placeholder 【待填写】: ${TODOS[String(todo)]}`,
    'avatar-missing': ({ file }) => `no such file: ${file}; put the image there or remove the field`,
    'markdoc-tag': ({ line, text }) => `line ${line} holds a Markdoc tag ${text}: bodies are plain Markdown; write tables as | column | column |`,
    'footnote-link': ({ line, text }) => `line ${line}: the footnote ${text} was saved as a link: write [^1] and, at the end, [^1]: the note`,
    'time-unquoted': ({ field }) => `write the time in double quotes, e.g. ${field}: "14:30"; unquoted, the site reads it as a number`,
    'end-without-start': () => 'has no start: write start: "HH:MM" too, or remove end',
    'end-not-after-start': ({ start, end }) => `${end} is not after start ${start}`,
    'order-taken': ({ order, others }) => `${order} is also used by ${list(others)}; each session of an event needs its own order`,
    'unknown-event': ({ event }) => `unknown event "${event}": there is no content/events/${event}/index.md`,
    'unknown-speaker': ({ slug }) => `unknown speaker "${slug}": there is no content/speakers/${slug}.md`,
    'unknown-speaker-name': ({ name }) => `no speaker is called ${name}`,
    'draft-speaker': ({ slug, file }) => `speaker "${slug}" is still a draft (draft: true in ${file})`,
    'moderator-required': () => 'is required for a roundtable: the slug of the host, e.g. moderator: csdn-ai-editors',
    'one-moderator': () => 'a roundtable has one moderator',
    'too-few-people': ({ count, min, role, kind }) =>
      role === 'panelists'
        ? `a roundtable needs at least ${min} panelists, but has ${count}; list them as panelists: [a, b]`
        : `needs at least ${min} speaker slug for a ${kind ?? 'session'}, e.g. speakers: [chen-wei]`,
    'moderator-not-roundtable': () => 'only a roundtable has a moderator; use speakers, or set kind: roundtable',
    'panelists-not-roundtable': () => 'only a roundtable has panelists; use speakers, or set kind: roundtable',
    'listed-twice': ({ slug }) => `"${slug}" is listed twice; remove one`,
    'not-in-session': ({ slug, people }) => `"${slug}" is not one of this session's speakers, moderator or panelists (${list(people) || 'none'})`,
    'file-exists': ({ path }) => `${path} already exists and is not overwritten`,
    'speaker-exists': ({ path, name }) => `${path} already exists (${name}) and is not overwritten`,
    'slug-reserved-event': ({ slug }) =>
      `the folder name "${slug}" is reserved (/events/${slug}/… are the event list's filter pages), so no event can use it: choose another name, e.g. npcon-2024-${slug === 'city' ? 'shanghai' : 'beijing'}`,
    'slug-reserved-speaker': ({ slug }) =>
      `the file name "${slug}" is reserved (/speakers/${slug}/… are the speaker list's pages by initial), so no speaker can use it: use the speaker's name in pinyin, e.g. chen-wei`,
    'translation-orphan': ({ original }) =>
      `no original ${original}: a translation sits beside its original with the same name (write the original first, or remove this translation)`,
    'translation-list-length': ({ count, original, originalCount }) =>
      `has ${count} entries but the original ${original} has ${originalCount}: translate entry by entry`,
    'translation-speaker-differs': ({ speaker, original, expected }) =>
      `is "${speaker}" but this entry of the original ${original} is "${expected}": each entry keeps its original's speaker`,
    'topics-unreadable': ({ reason }) => `cannot be read: ${reason}`,
    'topics-not-list': () => 'must be a list, each entry with zh, en and slug',
    'topics-entry-shape': ({ missing, extra }) =>
      `each entry needs zh, en and slug${missing ? ` (missing ${missing})` : ''}${extra ? ` (unknown ${extra})` : ''}`,
    'topics-duplicate': ({ value: repeated, entry }) => `"${repeated}" repeats entry ${entry}: zh, en and slug are each unique`,
    'topics-bad-slug': ({ slug }) => `"${slug}" is not a valid slug: use lowercase letters a-z, digits and single hyphens`,
    'topics-unknown-topic': ({ topic }) =>
      `no session uses the topic "${topic}": spell it exactly as in the sessions' topics, or remove the entry`,
    'topics-slug-taken': ({ slug }) => `"${slug}" is already the address of an untranslated topic: choose another slug`,
  },
  hints: {
    'did-you-mean': ({ value: meant }) => `did you mean ${meant}?`,
    'did-you-mean-speaker': ({ slug, name }) => `did you mean "${slug}" (${name})?`,
    'did-you-mean-event': ({ event }) => `did you mean "${event}"? A session goes in its event's sessions folder`,
    'known-events': ({ events }) => `the events are: ${list(events)}; a new event first needs npm run new -- event`,
    namesake: ({ slug, name }) => `${slug} is ${name}; if it is the same person, write ${slug}`,
    'add-speaker': ({ name }) => `add the speaker first: npm run new -- speaker${name ? ` --name ${name} --role <role> --organization <organization>` : ''}`,
    'add-event': () => 'add the event first: npm run new -- event',
    'quote-it': ({ value: written }) => `put it in quotes: "${written}"`,
    'unquote-it': ({ field, value: written }) => `write it without quotes: ${field}: ${written}`,
    'write-true': ({ field }) => `write ${field}: true`,
    'write-false': ({ field }) => `write ${field}: false, or remove the line`,
    'write-boolean': () => 'write true or false',
    'write-as-list': ({ field, items }) => `write it as a list: ${field}: [${list(items)}]`,
    'list-syntax': () => 'write it as [a, b] or as lines starting with "- "',
    'quote-lines': () => 'each entry needs two lines: "- speaker: <slug>" and "  text: <the words>"',
    'empty-value': () => 'write the value after the colon, or remove the line if the field is optional',
    'kind-label': ({ input, value: meant }) => `"${input}" is how the site shows it, write ${meant}`,
    'speaker-by-name': ({ input, slug }) => `"${input}" names a speaker, write their slug: ${slug}`,
    'field-names-english': ({ field }) => `field names are English: write ${field}`,
    'use-draft': () => 'to keep a file off the site, write draft: true',
    rename: ({ slug }) => `rename it to ${slug}`,
    'publish-speaker': () => 'publish the speaker first or mark this session as a draft too',
    'same-speaker': ({ slug }) => `this speaker exists already: name ${slug} in the session`,
    'other-slug': ({ slug }) => `for someone or something else choose another slug, e.g. --slug ${slug}-2`,
    'next-free-order': ({ order }) => `the next free one is ${order} (to insert in between, first add one to the orders after it)`,
    'yaml-tabs': () => 'indent with spaces, not tabs',
    'yaml-fullwidth-colon': () => 'after a field name use the ASCII colon and a space ("title: …"), not "："',
    'yaml-space-after-colon': () => 'put a space after the colon: "title: …"',
    'yaml-space-after-dash': () => 'put a space after the dash of a list item: "- …"',
    'yaml-close-quote': ({ quote }) => `close the quote: end the value with ${quote}`,
    'yaml-quote-value': ({ example }) =>
      `this value holds a character YAML reads specially (": ", " #", or a leading [ { * & ! | >); put the whole value in double quotes: ${example}`,
  },
  check: {
    summary: ({ events, sessions, speakers, translations }) =>
      `${events} events, ${sessions} sessions, ${speakers} speakers${translations ? `, ${translations} translations` : ''}`,
    todosTitle: (count) => `Still to write in drafts (${count} ${count === 1 ? 'place' : 'places'}; drafts are not published):`,
    failed: (problems, files, summary) =>
      `✗ content check failed: ${problems} ${problems === 1 ? 'problem' : 'problems'} in ${files} ${files === 1 ? 'file' : 'files'} (${summary}). Nothing was published; fix the lines above and run it again.`,
    passed: (summary) => `✓ content check passed: ${summary}`,
    unreadable: (count) => `${count} ${count === 1 ? 'file' : 'files'} in content/ cannot be read (listed above); nothing was built`,
  },
  preview: {
    passed: (time, todos) => `[${time}] ✓ content check passed${todos ? `; ${todos} 【待填写】 left in drafts` : ''}`,
    failed: (time, problems) => `[${time}] ✗ the content check found ${problems} ${problems === 1 ? 'problem' : 'problems'} (also shown at the top of the page):`,
    label: 'Content check',
    problemsTitle: (count) => `The content check found ${count} ${count === 1 ? 'problem' : 'problems'}`,
    problemsHelp: 'Fix the file and save: this disappears by itself. Until then the page may lack content or show the last correct version.',
    todosTitle: (count) => `${count} 【待填写】 left in drafts`,
    todosHelp: 'Drafts are not published; they reach the site once written and draft: true is removed.',
    guide: "Editors' guide: docs/editing.md",
  },
  scaffold: {
    usage: `Usage:
  npm run new -- speaker --name 王五 --role 工程师 --organization 某公司 [--slug wang-wu]
  npm run new -- session --event npcon-2023-beijing --title <title> --speakers wang-wu[,…] [--kind talk] [--slug …] [--order N]
  npm run new -- session --kind roundtable --event … --title … --moderator slug --panelists a,b[,…]
  npm run new -- event --slug npcon-2024-shanghai --title … --city 上海 --date 2024-03-16 [--series npcon] [--organizers CSDN,…]
  npm run new -- translation content/speakers/wang-wu.md    (an English translation's skeleton beside its original)
In a terminal, the type alone (npm run new -- speaker) asks field by field. New files are drafts (draft: true); --no-draft makes them not.
Add --lang en (or CONTENT_LANG=en) for English. See docs/editing.md`,
    unknownFlag: (flag, near) => `✗ unknown option --${flag}${near ? `; did you mean --${near}?` : ''}`,
    unknownType: (type) => `unknown type "${type}": it is speaker, session, roundtable or event`,
    missingType: 'what to create is missing',
    askType: 'What to create? speaker, session, roundtable, event: ',
    cancelled: 'Cancelled; no file was written.',
    intro: (type) => `New ${type}: answer field by field; Enter takes the default in [brackets].\n`,
    emptyAnswer: (label, example) => `  ✗ ${label} cannot be empty, e.g. ${example}`,
    missingFlag: (flag, label, example) => `missing --${flag} (${label}), e.g. --${flag} ${example}`,
    wrongFlag: (flag, value, problem) => `--${flag} ${value}: ${problem}`,
    notWritten: (interactive) =>
      `No file was written.${interactive ? '' : ' Add or correct the options above and run it again; in a terminal it asks field by field.'}`,
    created: (path, draft) => `✓ Created ${path}${draft ? ' (draft)' : ''}`,
    nextStepsTitle: 'Next:',
    nextSteps: ({ kind, path, url, slug, draft, port }) => [
      `Open ${path} and replace every 【待填写】 with the real text (${kind === 'speaker' ? 'the biography' : kind === 'session' ? 'summary, topics, takeaways and the recap' : 'introduction and summary'}); delete optional lines you do not need.`,
      `Run npm run dev and open http://localhost:${port}${url}; the page updates when you save the file.`,
      draft
        ? 'When done, delete the line draft: true and run npm run check:content; if it passes, commit, and the next build publishes it.'
        : 'When done, run npm run check:content; if it passes, commit, and the next build publishes it.',
      ...(kind === 'speaker' ? [`Add a session for this speaker: npm run new -- session --speakers ${slug}`] : []),
      ...(kind === 'event' ? [`Add the first session: npm run new -- session --event ${slug}`] : []),
    ],
    knownSpeakers: (names) => `  Speakers: ${names.join(', ')}`,
    kindChoice: (choices) => choices.join(', '),
    peopleAnswer: 'slugs or names, separated by commas',
    slugQuestion: (what) => `${what === 'file' ? 'File name' : 'Folder name'} (part of the address)`,
    eventQuestion: 'Event',
    optionalAnswer: ' (optional)',
    translationError: (error, path) =>
      error === 'no-path'
        ? 'the original’s path is missing, e.g. content/speakers/chen-wei.md'
        : error === 'not-original'
          ? `${path} is not an original (an event’s index.md, a session’s or a speaker’s .md file)`
          : `${path} already exists and is not overwritten`,
    translationWritten: (path) =>
      `✓ wrote ${path}: replace each 【待填写】 with English (the comment above it is the original), then remove the comments.`,
  },
};
