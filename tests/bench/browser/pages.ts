// Pages written for the browser benchmark (section 3): long articles of a given amount of text,
// with or without claims about trend ingredients, and an Instagram-like feed. All text is made up
// here, from a seeded generator, so every run loads the same pages.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

function seeded(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

type Random = ReturnType<typeof seeded>;
const pick = <T>(random: Random, list: readonly T[]): T => list[Math.floor(random() * list.length)]!;

// Everyday prose with no trend ingredient in it (the prefilter must let all of it pass).
const OPENERS = ['On most weekdays', 'Every spring', 'After the rain', 'Before the market opens', 'Late in the evening', 'Once a month', 'By the old bridge', 'In the reading room'];
const SUBJECTS = ['the river path', 'our neighbourhood bakery', 'the evening choir', 'a folding bicycle', 'the community garden', 'the night train', 'a second-hand bookshop', 'the harbour ferry', 'the pottery class', 'a small orchard'];
const VERBS = ['fills up with', 'smells of', 'is famous for', 'quietly rewards', 'needs little more than', 'is best enjoyed with', 'slowly turns into', 'makes a case for'];
const OBJECTS = ['warm rye loaves', 'patient volunteers', 'strong coffee in paper cups', 'tomatoes that ripen in August', 'maps drawn by hand', 'children chasing pigeons', 'a view of the lighthouse', 'songs nobody remembers writing', 'mismatched chairs', 'long walks home'];
const TAILS = ['', ', according to the regulars', ', which surprises visitors', ' when the weather holds', ', or so the sign says', ' for anyone with an hour to spare'];
const HEADINGS = ['Getting there', 'What to bring', 'Where to eat', 'A short history', 'Notes from the season', 'Things we learned', 'Around the corner', 'Before you go'];
const LINK_WORDS = ['timetable', 'opening hours', 'the full map', 'our earlier notes', 'a reader letter', 'the photo set'];

// Claims about trend ingredients, written for this benchmark. Each is a sentence the claims
// engine flags (the benchmark checks that the with-claims pages get highlights).
const CLAIMS = [
  'This exosome ampoule boosts collagen overnight and tightens loose skin.',
  'A single PDRN injection repairs damaged skin from within.',
  'The stem cell cream erases fine lines and wrinkles in two weeks.',
  'Exosome treatments are completely safe with zero side effects.',
  'Salmon DNA serum fades acne scars better than any laser.',
  'Polynucleotide boosters calm redness and rosacea for good.',
  'Our growth factor essence regenerates skin cells twice as fast.',
  'Clinically proven: the exosome serum reduces wrinkles by 50 percent.',
];

/** A claim sentence as HTML, now and then with its trend word wrapped in an inline tag. */
function claimHtml(random: Random): { html: string; text: string } {
  const text = pick(random, CLAIMS);
  const tag = pick(random, ['', '', 'b', 'em', 'span']);
  if (!tag) return { html: text, text };
  const html = text.replace(/(exosome|PDRN|stem cell|Salmon DNA|Polynucleotide|growth factor)/i, `<${tag}>$1</${tag}>`);
  return { html, text };
}

function fillerSentence(random: Random): string {
  const opener = random() < 0.3 ? `${pick(random, OPENERS)}, ` : '';
  const subject = pick(random, SUBJECTS);
  const first = opener ? subject : subject[0]!.toUpperCase() + subject.slice(1);
  return `${opener}${first} ${pick(random, VERBS)} ${pick(random, OBJECTS)}${pick(random, TAILS)}.`;
}

/** Inline markup as a real article has it: links, bold and emphasis inside the prose. */
function decorate(random: Random, sentence: string): string {
  const roll = random();
  if (roll < 0.12) return `${sentence} See <a href="#s${Math.floor(random() * 1e4)}">${pick(random, LINK_WORDS)}</a>.`;
  if (roll < 0.2) return sentence.replace(/^(\S+ \S+)/, '<b>$1</b>');
  if (roll < 0.26) return sentence.replace(/(\S+)\.$/, '<em>$1</em>.');
  return sentence;
}

export interface ArticlePage {
  html: string;
  /** Characters of text in the body (what a reader reads). */
  textLength: number;
  claims: number;
}

/**
 * An article with about `textBytes` characters of text: a header and nav, sections with headings,
 * paragraphs with inline links and emphasis, bulleted lists, and a footer. With `withClaims`, about
 * one sentence in eight is a claim about a trend ingredient.
 */
export function articlePage(textBytes: number, withClaims: boolean, seed = 7): ArticlePage {
  const random = seeded(seed);
  const body: string[] = [];
  let textLength = 0;
  let claims = 0;
  const sentence = (): string => {
    if (withClaims && random() < 0.125) {
      claims++;
      const claim = claimHtml(random);
      textLength += claim.text.length + 1;
      return claim.html;
    }
    const text = fillerSentence(random);
    textLength += text.length + 1;
    return decorate(random, text);
  };
  body.push('<header><nav><a href="#">Home</a> · <a href="#">Neighbourhood</a> · <a href="#">Guides</a> · <a href="#">Letters</a></nav></header>');
  body.push(`<main><article><h1>A long walk through the city, part ${seed}</h1>`);
  let section = 0;
  while (textLength < textBytes) {
    body.push(`<section><h2>${pick(random, HEADINGS)} (${++section})</h2>`);
    textLength += 20;
    const paragraphs = 2 + Math.floor(random() * 4);
    for (let p = 0; p < paragraphs && textLength < textBytes; p++) {
      const count = 3 + Math.floor(random() * 5);
      body.push(`<p>${Array.from({ length: count }, sentence).join(' ')}</p>`);
    }
    if (random() < 0.5 && textLength < textBytes) {
      const items = 3 + Math.floor(random() * 4);
      body.push(`<ul>${Array.from({ length: items }, () => `<li>${sentence()}</li>`).join('')}</ul>`);
    }
    body.push('</section>');
  }
  body.push('</article><aside><h2>Related</h2><ul><li><a href="#">Markets by the water</a></li><li><a href="#">Trains after midnight</a></li></ul></aside></main>');
  body.push('<footer><p>Written for the ClaimLens benchmark. Nothing here is real.</p></footer>');
  const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>City walks ${seed}</title>
<style>body{font:16px/1.5 Georgia,serif;max-width:46em;margin:0 auto;padding:1em;color:#222}nav a{margin-right:.5em}h2{margin-top:1.6em}</style>
</head><body>
${body.join('\n')}
</body></html>
`;
  return { html, textLength, claims };
}

// --- The Instagram-like feed ---

const USERS = ['dewdrop.diaries', 'skin.by.sora', 'glassglow.jin', 'the.facial.room', 'minji.makes', 'aurora.aesthetics', 'luma.skinlab', 'hanbit.beauty'];
const POST_CLAIMS = [
  'Third session of exosome facials and my skin is glowing. Honestly it boosts collagen like nothing else 😍',
  'PDRN booster night! It repairs the skin barrier so fast, my redness is gone by morning ✨',
  'Finally tried the stem cell serum everyone talks about. It erases fine lines, no joke.',
  'Salmon DNA injections healed my acne scars better than three rounds of laser 🙌',
  'This exosome toner is completely safe for everyone, zero side effects, my derm said so.',
  'Growth factor ampoule after microneedling = recovery in half the time. Skin regenerates overnight!',
];
const POST_CHATTER = ['link in bio', 'use code GLOW10', 'who else is obsessed?', 'results after 2 weeks', 'not sponsored, just love it'];
const COMMENTS = ['wow your skin!!', 'where did you get this done?', 'need this 😍', 'how much was it?', 'saving this', 'does it sting?'];

export interface FeedPost {
  code: string;
  user: string;
  caption: string;
  alt: string;
  comments: string[];
}

/** Posts for the feed; every caption holds a claim about a trend ingredient. */
export function feedPosts(count: number, seed = 11): FeedPost[] {
  const random = seeded(seed);
  return Array.from({ length: count }, (_, index) => ({
    code: `B${(index + 1).toString(36).padStart(4, '0')}`,
    user: pick(random, USERS),
    caption: `${pick(random, POST_CLAIMS)} ${pick(random, POST_CHATTER)} #skincare #glow${index}`,
    alt: `Photo by ${pick(random, USERS)}. May be an image of a bottle on a bathroom shelf.`,
    comments: Array.from({ length: Math.floor(random() * 3) }, () => pick(random, COMMENTS)),
  }));
}

/**
 * The feed page served as https://www.instagram.com/: an app root, `main`, one `article` per
 * post (header with the user, a picture with Instagram-style alt text, the caption in a
 * `[dir=auto]` span, comments in a list). Its own script renders the first posts and exposes
 * `window.benchFeed.run(...)`, which appends the rest in batches the way an endless feed loads
 * them, scrolls to them, and times each post from insertion until a ClaimLens highlight range
 * inside it shows up in `CSS.highlights` (checked every animation frame, from the main world).
 */
export function feedPage(posts: readonly FeedPost[], initialPosts: number): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Instagram</title>
<style>
body{margin:0;font:14px/1.4 system-ui,sans-serif}main{max-width:470px;margin:0 auto;padding:16px 0 200px}
article{border-bottom:1px solid #dbdbdb;padding-bottom:12px;margin-bottom:16px}
article header{display:flex;gap:8px;padding:8px 0;font-weight:600}article header a{color:inherit;text-decoration:none}
.media{display:block;width:100%;height:300px;background:#eee}
.caption a{font-weight:600;color:inherit}ul.comments{list-style:none;padding:0}
</style></head><body>
<div id="mount_0_0_bench"><div class="x1n2onr6"><section class="_aa5x"><main role="main"></main></section></div></div>
<script>
const POSTS = ${JSON.stringify(posts)};
const main = document.querySelector('main');
let next = 0;
function render(post) {
  const article = document.createElement('article');
  article.dataset.code = post.code;
  article.innerHTML =
    '<header><a href="/' + post.user + '/">' + post.user + '</a><span>•</span><time>2h</time></header>' +
    '<div><img class="media" alt=""></div>' +
    '<section class="actions"><span>♡</span> <span>💬</span></section>' +
    '<div class="caption"><a href="/' + post.user + '/">' + post.user + '</a> <span dir="auto"></span></div>' +
    '<ul class="comments"></ul>';
  article.querySelector('img').alt = post.alt;
  article.querySelector('span[dir="auto"]').textContent = post.caption;
  const list = article.querySelector('ul');
  for (const text of post.comments) {
    const item = document.createElement('li');
    item.innerHTML = '<a href="#">someone</a> <span dir="auto"></span>';
    item.querySelector('span').textContent = text;
    list.append(item);
  }
  return article;
}
function appendPosts(count) {
  const added = [];
  for (let i = 0; i < count && next < POSTS.length; i++) {
    const article = render(POSTS[next++]);
    main.append(article);
    added.push(article);
  }
  return added;
}
appendPosts(${initialPosts});

const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const seen = new WeakSet();
let lastTotal = -1;
/** Posts (articles) that have a ClaimLens highlight range inside them, found since the last call. */
function newlyMarked() {
  const marked = new Set();
  const groups = [...CSS.highlights].filter(([name]) => name.startsWith('claimlens-') && name !== 'claimlens-flash');
  // Cheap while nothing changed: only the sizes are read (ranges are only added in this run).
  const total = groups.reduce((sum, [, highlight]) => sum + highlight.size, 0);
  if (total === lastTotal) return marked;
  lastTotal = total;
  for (const [, highlight] of groups) {
    for (const range of highlight) {
      if (seen.has(range)) continue;
      seen.add(range);
      const node = range.startContainer;
      const element = node.nodeType === 1 ? node : node.parentElement;
      const article = element && element.closest('article');
      if (article) marked.add(article);
    }
  }
  return marked;
}

window.benchFeed = {
  total: POSTS.length,
  /** Appends the remaining posts, batch by batch; returns each post's insertion-to-highlight time (ms, null = never). */
  async run({ batch, pauseMs, timeoutMs }) {
    const latencies = [];
    newlyMarked();
    while (next < POSTS.length) {
      const added = appendPosts(batch);
      const insertedAt = performance.now();
      // The reader scrolls on to the posts that just loaded.
      added[0].scrollIntoView({ block: 'start' });
      const waiting = new Map(added.map((article) => [article, insertedAt]));
      while (waiting.size > 0 && performance.now() - insertedAt < timeoutMs) {
        await frame();
        const now = performance.now();
        for (const article of newlyMarked()) {
          if (!waiting.has(article)) continue;
          latencies.push(now - waiting.get(article));
          waiting.delete(article);
        }
      }
      for (const _ of waiting) latencies.push(null);
      await sleep(pauseMs);
    }
    return latencies;
  },
};
</script>
</body></html>
`;
}

/** Writes `files` (name → content) into `dir`. */
export function writePages(dir: string, files: Record<string, string>): void {
  mkdirSync(dir, { recursive: true });
  for (const [name, content] of Object.entries(files)) writeFileSync(path.join(dir, name), content);
}
