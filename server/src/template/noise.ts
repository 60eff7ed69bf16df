/**
 * Job-board noise (rule book §5 `job-board-noise`): the patterns, as data.
 * Each pattern is matched on one line, trimmed, with a leading bullet removed.
 * Evidence marks as in the rule book: [Snnn:L] seen in a seed, [C] seen in
 * job-board reposts, [A] assumed.
 */

export interface NoisePattern {
  pattern: RegExp;
  reason: string;
}

/** Category 1: styled "mathematical" letters (U+1D400–U+1D7FF); a line needs at least this many. */
export const STYLED_MIN = 3;
/** windows-874 mojibake of styled letters: "๐" then — ˜ Ÿ ‚ … [S002:31,33]. */
export const STYLED_MOJIBAKE = /\u0e50[\u2014\u02dc\u0178\u201a\u201c\u201d\u2013\u2018\u2019\u2022\u0e01-\u0e1f\u0161\u0153\u017e\u203a\u2122\u00a0]/g;

/**
 * Category 2: emoji that open a promotion ("📲 Reçois les offres…" [S003:3]).
 * Pictographs used as bullets or check marks in real notices are not promotions.
 */
export const EMOJI_LEAD = /^(?:[\u{1F000}-\u{1FAFF}]|[\u2600-\u27BF\u2B00-\u2BFF])/u;
export const BULLET_PICTOGRAPHS = new Set(['✓', '✔', '✗', '✘', '✅', '❌', '❎', '➤', '➢', '➔', '➜', '➡', '▶', '►', '☐', '☑', '☒', '★', '☆', '❖', '✦', '✧', '❯', '❱']);

/** Category 3: messaging-channel ads: an app name together with a channel word [S003:4,6,162,164]. */
export const CHANNEL_APPS = /\b(?:whats\s?app|telegram|signal|viber)\b/i;
export const CHANNEL_WORDS = /(?:cha[iî]ne|channel|canal|groupe?|group|abonn|subscri|suscr[ií]b|join|rejoin|rejoign|[uú]nete|s[ií]guenos|suivez|follow)/i;

/** Category 4: whole chrome lines. */
export const CHROME_LINES: NoisePattern[] = [
  { pattern: /^recommended for you$/i, reason: 'job-board recommendation box' }, // [S002:61]
  { pattern: /^(?:loading|chargement|cargando)(?:\s*(?:\.\.\.|…))?$/i, reason: 'page-loading placeholder' }, // [S003:159]
  { pattern: /^(?:laisser un commentaire|leave a (?:comment|reply)|deja(?:r)? un comentario)$/i, reason: 'comment box' }, // [S003:166]
  {
    pattern: /^(?:votre adresse (?:e-?mail|de messagerie|courriel) ne sera pas publiée|your email address will not be published|tu (?:dirección de )?correo electrónico no será publicado)/i,
    reason: 'comment box',
  }, // [S003:168]
  { pattern: /^(?:postuler ici|postulez ici|apply here|apply now|postula(?:r)? aquí|postula(?:r)? aqui)\s*[!.]?$/i, reason: 'job-board apply button' }, // [S004:117]
  { pattern: /^tags?\s*:/i, reason: 'job-board tags' }, // [S002:3]
  { pattern: /^added date\s*:/i, reason: 'job-board posting date' }, // [S002:4]
  { pattern: /^\d+\s+(?:steps|tips|ways|secrets)\s+to\s+(?:get|land|find)\s+a\s+job\b/i, reason: 'job-board article link' }, // [S002:5]
  { pattern: /^(?:share|print|job alert|partager|imprimer|compartir|imprimir|alerte emploi)\s*:?$/i, reason: 'page button' }, // [C]
  { pattern: /^(?:posted|publié|publiée|publicado)\s+(?:il y a\s+|hace\s+)?\d+\s+(?:days?|hours?|weeks?|months?|jours?|heures?|semaines?|mois|días?|horas?|semanas?|meses?)(?:\s+ago)?$/i, reason: 'job-board posting date' }, // [C]
  { pattern: /^salary expectations?\s*:/i, reason: 'job-board form field' }, // [C]
  { pattern: /^(?:related jobs|similar jobs|offres similaires|empleos similares)$/i, reason: 'job-board recommendation box' }, // [A]
];

/** Category 5 (info): job-board titles and relabelled chrome. */
export const INFO_LINES: NoisePattern[] = [
  // Titles shout in capitals [S003:1]; in mixed case only a line that is not a sentence
  // (a body sentence such as "L’OIM recrute pour les 05 postes suivants :" is not noise).
  { pattern: /\b(?:IOM|OIM|L['’]OIM)\s+(?:RECRUTE|RECRUTEMENT|IS HIRING|RECRUITS|RECLUTA)\b/, reason: 'job-board title' },
  { pattern: /^\s*(?:IOM|OIM|L['’]OIM)\s+(?:recrute|recrutement|is hiring|recruits|recluta)\b[^.:;!?]*$/i, reason: 'job-board title' },
  { pattern: /\b(?:H\/F|F\/H|M\/F|F\/M)\s*$/, reason: 'job-board title' }, // [S003:1]
  { pattern: /:\s*\d+\s+postes?\s+disponibles?\b/i, reason: 'job-board title' }, // [S004:1]
  { pattern: /:\s*\d+\s+(?:positions?|posts|vacancies)\s+available\b/i, reason: 'job-board title' }, // [A]
  { pattern: /:\s*\d+\s+(?:puestos|plazas|vacantes)\s+disponibles\b/i, reason: 'job-board title' }, // [A]
  { pattern: /^(?:informations sur l['’]emploi|description de l['’]emploi)$/i, reason: 'job-board heading' }, // [S004:3,11]
  { pattern: /^(?:job information|job details)$/i, reason: 'job-board heading' }, // [A]
  { pattern: /^(?:información del empleo|descripción del empleo)$/i, reason: 'job-board heading' }, // [A]
];

/** Never noise: the apply link to IOM's own recruitment system [S003:157], a Markdown link with `#` [S000:95]. */
export const NOT_NOISE: RegExp[] = [/oraclecloud\.com|\biom\.int\b|\bcareers\.iom\b/i, /\]\(#\)/];

/** A leading bullet, removed before matching. */
export const LEADING_BULLET = /^[\s\u00a0]*(?:[•·▪◦‣∙*–—-]\s*)?/;
