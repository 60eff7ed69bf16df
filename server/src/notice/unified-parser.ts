/** The notice parser as a unified plugin: `unified().use(noticeParser, settings)`. */
import type { Processor } from 'unified';
import { parseNotice, type ParseSettings } from './parse.js';
import type { NoticeRoot } from './tree.js';

export function noticeParser(this: Processor<NoticeRoot>, settings?: ParseSettings) {
  this.parser = (document: string) => parseNotice(document, settings ?? {});
}
