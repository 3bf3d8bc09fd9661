// Generated timelines for tests and benchmarks: one paragraph and one event per date, the
// dates drawn from 1950 to 2025 by a seeded generator, so every run sees the same file.

const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];
const FIRST_DAY = Date.UTC(1950, 0, 1);
const DAYS = (Date.UTC(2026, 0, 1) - FIRST_DAY) / 86_400_000;

/** A small seeded generator (mulberry32): the same `seed` gives the same numbers. */
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/**
 * A Sourceline timeline file of `count` events as an object: an article of one paragraph per
 * event ("Record 12 was filed on March 3, 1987."), each paragraph its event's evidence, and
 * every date a mention, as an exported timeline carries them. The text is ASCII, so its
 * offsets in code points are its offsets in bytes.
 */
export function sourcelineTimeline(count, seed = 1) {
  const next = random(seed);
  const headline = `Records of ${count} filings`;
  let text = `${headline}\n\nDecember 31, 2025\n\n`;
  const mentions = [];
  const events = [];
  for (let i = 1; i <= count; i += 1) {
    const day = new Date(FIRST_DAY + Math.floor(next() * DAYS) * 86_400_000);
    const value = day.toISOString().slice(0, 10);
    const words = `${MONTHS[day.getUTCMonth()]} ${day.getUTCDate()}, ${day.getUTCFullYear()}`;
    const lead = `Record ${i} was filed on `;
    const quote = `${lead}${words}.`;
    const start = text.length;
    const mention = { start: start + lead.length, end: start + lead.length + words.length, text: words, type: 'DATE', value, resolution: 'stated' };
    text += i < count ? `${quote}\n\n` : quote;
    mentions.push(mention);
    events.push({
      id: `record-${i}`,
      title: `Record ${i} filed`,
      date: value,
      origin: 'curated',
      derivation: `"${words}", stated in full.`,
      evidence: [{ start, end: start + quote.length, quote }],
      mentions: [mention],
    });
  }
  return {
    format: 'sourceline-timeline',
    version: 1,
    document: { title: headline, source: 'Generated', dateline: '2025-12-31', text, mentions },
    events,
  };
}

/** The same events as TimelineJS3 reads them. */
export function timelineJsEvents(timeline) {
  return {
    title: { text: { headline: timeline.document.title } },
    events: timeline.events.map((event) => {
      const [year, month, day] = event.date.split('-').map(Number);
      const start_date = { year };
      if (month) start_date.month = month;
      if (day) start_date.day = day;
      const text = event.evidence.map((e) => e.quote).join(' ');
      return { unique_id: event.id, start_date, text: { headline: event.title, text } };
    }),
  };
}

// `node e2e/generate.mjs COUNT [SEED]` prints a generated timeline file.
if (import.meta.url === `file://${process.argv[1]}`) {
  const [count = '1000', seed = '1'] = process.argv.slice(2);
  process.stdout.write(JSON.stringify(sourcelineTimeline(Number(count), Number(seed))));
}
