import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readSeed } from '../../helpers.js';
import { parseNotice } from '../../../server/src/notice/parse.js';
import { blockOffset, isProtected, noticeTitle, proseBlocks, protectedRangesOf } from '../../../server/src/notice/prose.js';
import { lint } from '../../../server/src/engine/index.js';
import { buildNotice } from './notice-builder.js';
import { PROSE_RULES } from './prose-helpers.js';

test('prose blocks: the tier country list is flagged, other blocks are not', () => {
  for (const id of ['000', '003']) {
    const blocks = proseBlocks(parseNotice(readSeed(id)));
    const lists = blocks.filter((block) => block.countryList);
    assert.equal(lists.length, 1, `seed ${id}`);
    assert.equal(lists[0].section.id, 'tier');
    assert.match(lists[0].value, /Bahamas, Barbad/);
  }
});

test('prose blocks: offsets map back to the original text (seed 003 has repaired mojibake)', () => {
  const text = readSeed('003');
  const tree = parseNotice(text);
  for (const block of proseBlocks(tree)) {
    assert.equal(tree.data.view.text.slice(block.viewStart, block.viewStart + block.value.length), block.value);
    assert.equal(blockOffset(tree, block, 0), block.start);
    // the last character of the block is the last character of the original span
    const last = block.value.length - 1;
    assert.equal(text[blockOffset(tree, block, last)], block.value[last], JSON.stringify(block.value.slice(-20)));
  }
});

test('prose blocks: language per paragraph, header and noise left out', () => {
  const tree = parseNotice('Contexte\n\nLe projet appuie les migrants de retour et les communautés dans la région.\n\nThe project is funded by the European Union and supports the return of migrants.', { language: 'fr' });
  assert.deepEqual(proseBlocks(tree).map((block) => block.language), ['fr', 'en']);
  const seed = parseNotice(readSeed('003'));
  const blocks = proseBlocks(seed);
  assert.ok(!blocks.some((block) => /WhatsApp|Telegram/.test(block.value)), 'job-board noise is not prose');
  assert.ok(!blocks.some((block) => block.value.startsWith('Référence du poste')), 'the header is not prose');
  assert.equal(noticeTitle(seed)?.value.startsWith('Chargé(e) de programme principal(e)'), true);
});

test('protected ranges: URLs, e-mails, code, Markdown link targets and quoted names', () => {
  const text = 'See https://example.org/a?b=1, write to rh@example.org, run `a:b`, [site](#x) and the “Joint Initiative” or « Initiative conjointe ».';
  const ranges = protectedRangesOf(text).map(([from, to]) => text.slice(from, to));
  assert.deepEqual(ranges, ['https://example.org/a?b=1', 'rh@example.org', '`a:b`', '](#x)', 'Joint Initiative', 'Initiative conjointe']);
  const block = { protectedRanges: protectedRangesOf('a “quoted sentence. With a stop” b') } as never;
  assert.equal(isProtected(block, 3, 5), false, 'a quotation with sentence punctuation is no name');
});

test('standard texts built from the template give no prose finding (EN, FR, ES; all layouts)', () => {
  for (const language of ['en', 'fr', 'es'] as const) {
    for (const layout of ['current', 'legacy', 'body-only'] as const) {
      const text = buildNotice({ language, layout });
      const messages = lint(text, { only: [...PROSE_RULES] }).messages.filter((message) => message.ruleId !== 'inclusive-title');
      assert.deepEqual(messages, [], `${language} ${layout}`);
    }
  }
});
