/** The rule registry: every rule, in documentation order. Nothing else. */
import type { Rule } from './rule.js';
import missingSection from './missing-section.js';
import sectionOrder from './section-order.js';
import duplicateSection from './duplicate-section.js';
import emptySection from './empty-section.js';
import missingField from './missing-field.js';
import gradeFormat from './grade-format.js';
import dateFormat from './date-format.js';
import headerConsistency from './header-consistency.js';
import unknownHeading from './unknown-heading.js';
import runInHeading from './run-in-heading.js';
import headingLanguage from './heading-language.js';
import repeatedWord from './repeated-word.js';
import quoteStyle from './quote-style.js';
import frenchSpacing from './french-spacing.js';
import indefiniteArticle from './indefinite-article.js';
import inclusiveTitle from './inclusive-title.js';
import genderedWording from './gendered-wording.js';
import degreeExperience from './degree-experience.js';
import experienceMismatch from './experience-mismatch.js';
import gradeExperience from './grade-experience.js';
import competencyLevel from './competency-level.js';
import tierConsistency from './tier-consistency.js';
import outdatedBoilerplate from './outdated-boilerplate.js';
import nrmsList from './nrms-list.js';
import countMismatch from './count-mismatch.js';
import listNumbering from './list-numbering.js';
import competencyList from './competency-list.js';
import mojibake from './mojibake.js';
import replacementCharacter from './replacement-character.js';
import jobBoardNoise from './job-board-noise.js';
import invisibleCharacter from './invisible-character.js';
import bulletStyle from './bullet-style.js';
import markupDebris from './markup-debris.js';

export const RULES: readonly Rule[] = [missingSection, sectionOrder, duplicateSection, emptySection, missingField, gradeFormat, dateFormat, headerConsistency, unknownHeading, runInHeading, headingLanguage, repeatedWord, quoteStyle, frenchSpacing, indefiniteArticle, inclusiveTitle, genderedWording, outdatedBoilerplate, degreeExperience, experienceMismatch, gradeExperience, competencyLevel, tierConsistency, nrmsList, countMismatch, listNumbering, bulletStyle, competencyList, mojibake, replacementCharacter, jobBoardNoise, invisibleCharacter, markupDebris];

const byId = new Map(RULES.map((rule) => [rule.meta.id, rule]));

export function ruleById(id: string): Rule | undefined {
  return byId.get(id);
}
