// Articles the end-to-end tests paste, with the dates the timeline must show for them.

/** A short news article with its own date line, dated by month, day, season and year. */
export const HARBOR_BRIDGE = [
  'Council approves new harbor bridge',
  '',
  'Tuesday, October 15, 2024',
  '',
  'The city council voted on Monday to approve a new harbor bridge, ending a debate that began in March 2019.',
  '',
  'Construction is expected to start next spring. The old bridge, opened in 1931, will close on Friday.',
].join('\n');

/** The events' `data-date`s of HARBOR_BRIDGE's timeline, in date order. */
export const HARBOR_BRIDGE_DATES = ['1931', '2019-03', '2024-10-14', '2024-10-18', '2025-SP'];

/**
 * A news article of nine events: a treaty in 1965, events in 2011, 2018 and July 2019, then
 * five from March to June 2023, the news itself.
 */
export const TRADE_DISPUTE = [
  'Japan and South Korea restore fast-track trade status',
  '',
  'June 27, 2023',
  '',
  'SEOUL (Example News) — Japan said on Tuesday it would put South Korea back on its list of trusted trading partners, ending a four-year dispute between the neighbors.',
  '',
  'The two countries normalized relations with a treaty in 1965, which Tokyo says settled all claims from its colonial rule.',
  '',
  'Talks on the claims of wartime laborers broke down in 2011.',
  '',
  'In 2018, South Korea\'s Supreme Court ordered Japanese companies to compensate former laborers.',
  '',
  'In July 2019, Japan tightened controls on exports of chemicals used to make chips and removed Seoul from its list of trusted partners.',
  '',
  'On March 6, 2023, Seoul announced that a public foundation would pay the compensation instead of the Japanese firms.',
  '',
  'President Yoon Suk Yeol visited Tokyo on March 16, 2023, for the first summit between the two leaders in twelve years.',
  '',
  'South Korea restored Japan\'s trade status on April 24, 2023.',
  '',
  'Prime Minister Fumio Kishida visited Seoul on May 7, 2023, and expressed sympathy for the laborers\' suffering.',
  '',
  'The cabinet approved the decision on June 27, 2023, officials said.',
].join('\n');

/** The events' `data-date`s of TRADE_DISPUTE's timeline, in date order. */
export const TRADE_DISPUTE_DATES = [
  '1965', '2011', '2018', '2019-07', '2023-03-06', '2023-03-16', '2023-04-24', '2023-05-07', '2023-06-27',
];

/** A news article of twenty events: five across a century, then fifteen on days of March. */
export const FLOODS = [
  'River town counts the cost of a month of floods',
  '',
  'March 28, 2024',
  '',
  'RIVERTON (Example News) — The last of the flood barriers came down on Thursday as the town began to count the cost of a month under water.',
  '',
  'The town\'s first levee was built after the great flood of 1927.',
  '',
  'A second wall went up after the storm of 1953 swept away the old mill.',
  '',
  'The river reached the town square again in 1965.',
  '',
  'Engineers rebuilt the pumping station in 1993.',
  '',
  'The last major flood before this one struck in 2011.',
  '',
  'Rain began falling on March 1, 2024, and did not stop for a week.',
  '',
  'On March 3, 2024, the river rose above its banks at the northern bridge.',
  '',
  'The mayor declared an emergency on March 4, 2024.',
  '',
  'Schools closed on March 5, 2024.',
  '',
  'On March 8, 2024, the northern bridge was closed to traffic.',
  '',
  'The water reached the market on March 10, 2024.',
  '',
  'Power failed across the east side on March 11, 2024.',
  '',
  'On March 13, 2024, rescuers evacuated the hospital.',
  '',
  'The river crested at a record height on March 15, 2024.',
  '',
  'The governor toured the town on March 17, 2024.',
  '',
  'The water began to fall on March 19, 2024.',
  '',
  'Shops reopened on March 21, 2024.',
  '',
  'On March 24, 2024, the council voted to build a higher wall.',
  '',
  'Insurers put the damage at 40 million dollars on March 26, 2024.',
].join('\n');

/** The events' `data-date`s of FLOODS's timeline, in date order. */
export const FLOODS_DATES = [
  '1927', '1953', '1965', '1993', '2011',
  ...[1, 3, 4, 5, 8, 10, 11, 13, 15, 17, 19, 21, 24, 26, 28].map((d) => `2024-03-${String(d).padStart(2, '0')}`),
];
