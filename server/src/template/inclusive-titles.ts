/**
 * Position titles and their inclusive forms, for the `inclusive-title` rule.
 * French and Spanish titles name the post in the masculine unless written in
 * an inclusive form ("Chargé(e) de programme", "Coordinador(a)"); epicene
 * words ("Spécialiste", "Responsable", "Oficial", "Asistente") need nothing.
 * The parenthesised form is the one IOM uses in its French titles
 * ("Chargé(e) de programme principal(e)" [S003:9]) [A].
 */
import type { Language } from './types.js';

export interface TitleWord {
  /** The masculine form, lower case. */
  masculine: string;
  /** The inclusive form, lower case ("chargé(e)"). */
  inclusive: string;
  /** The feminine form: a title that also spells it ("Coordinateur/Coordinatrice") is inclusive. */
  feminine: string;
  kind: 'noun' | 'adjective';
}

const word = (masculine: string, inclusive: string, feminine: string, kind: 'noun' | 'adjective' = 'noun'): TitleWord => ({
  masculine,
  inclusive,
  feminine,
  kind,
});

export const INCLUSIVE_TITLE_WORDS: Record<'fr' | 'es', TitleWord[]> = {
  fr: [
    word('chargé', 'chargé(e)', 'chargée'),
    word('assistant', 'assistant(e)', 'assistante'),
    word('coordinateur', 'coordinateur(trice)', 'coordinatrice'),
    word('coordonnateur', 'coordonnateur(trice)', 'coordonnatrice'),
    word('consultant', 'consultant(e)', 'consultante'),
    word('conseiller', 'conseiller(ère)', 'conseillère'),
    word('directeur', 'directeur(trice)', 'directrice'),
    word('administrateur', 'administrateur(trice)', 'administratrice'),
    word('agent', 'agent(e)', 'agente'),
    word('employé', 'employé(e)', 'employée'),
    word('superviseur', 'superviseur(e)', 'superviseure'),
    word('officier', 'officier(ère)', 'officière'),
    word('associé', 'associé(e)', 'associée'),
    word('expert', 'expert(e)', 'experte'),
    word('formateur', 'formateur(trice)', 'formatrice'),
    word('animateur', 'animateur(trice)', 'animatrice'),
    word('traducteur', 'traducteur(trice)', 'traductrice'),
    word('chauffeur', 'chauffeur(euse)', 'chauffeuse'),
    word('magasinier', 'magasinier(ère)', 'magasinière'),
    word('infirmier', 'infirmier(ère)', 'infirmière'),
    word('ingénieur', 'ingénieur(e)', 'ingénieure'),
    word('technicien', 'technicien(ne)', 'technicienne'),
    word('informaticien', 'informaticien(ne)', 'informaticienne'),
    word('enquêteur', 'enquêteur(trice)', 'enquêtrice'),
    word('facilitateur', 'facilitateur(trice)', 'facilitatrice'),
    word('principal', 'principal(e)', 'principale', 'adjective'),
    word('adjoint', 'adjoint(e)', 'adjointe', 'adjective'),
    word('national', 'national(e)', 'nationale', 'adjective'),
    word('international', 'international(e)', 'internationale', 'adjective'),
    word('régional', 'régional(e)', 'régionale', 'adjective'),
    word('administratif', 'administratif(ve)', 'administrative', 'adjective'),
    word('financier', 'financier(ère)', 'financière', 'adjective'),
  ],
  es: [
    word('coordinador', 'coordinador(a)', 'coordinadora'),
    word('consultor', 'consultor(a)', 'consultora'),
    word('director', 'director(a)', 'directora'),
    word('asesor', 'asesor(a)', 'asesora'),
    word('encargado', 'encargado(a)', 'encargada'),
    word('técnico', 'técnico(a)', 'técnica'),
    word('administrador', 'administrador(a)', 'administradora'),
    word('jefe', 'jefe(a)', 'jefa'),
    word('abogado', 'abogado(a)', 'abogada'),
    word('psicólogo', 'psicólogo(a)', 'psicóloga'),
    word('trabajador', 'trabajador(a)', 'trabajadora'),
    word('supervisor', 'supervisor(a)', 'supervisora'),
    word('promotor', 'promotor(a)', 'promotora'),
    word('facilitador', 'facilitador(a)', 'facilitadora'),
    word('monitor', 'monitor(a)', 'monitora'),
    word('gestor', 'gestor(a)', 'gestora'),
    word('voluntario', 'voluntario(a)', 'voluntaria'),
    word('experto', 'experto(a)', 'experta'),
    word('enfermero', 'enfermero(a)', 'enfermera'),
    word('ingeniero', 'ingeniero(a)', 'ingeniera'),
    word('traductor', 'traductor(a)', 'traductora'),
    word('conductor', 'conductor(a)', 'conductora'),
    word('contador', 'contador(a)', 'contadora'),
    word('investigador', 'investigador(a)', 'investigadora'),
    word('capacitador', 'capacitador(a)', 'capacitadora'),
    word('adjunto', 'adjunto(a)', 'adjunta', 'adjective'),
    word('asociado', 'asociado(a)', 'asociada', 'adjective'),
  ],
};

/** Words after which the rest of a French or Spanish title is a complement ("Chargé de programme"). */
export const TITLE_PREPOSITIONS: Record<'fr' | 'es', readonly string[]> = {
  fr: ['de', 'du', 'des', 'd', 'en', 'pour', 'à', 'au', 'aux', 'sur'],
  es: ['de', 'del', 'en', 'para', 'a', 'al', 'con', 'sobre'],
};

/**
 * "H/F"-style suffixes that mark a title as open to all genders, as French and
 * Spanish job boards write them. Any of them makes the title inclusive; a
 * notice should use one spelling.
 */
export const GENDER_SUFFIX = /\(?\b(?:H\s*\/\s*F|F\s*\/\s*H|M\s*\/\s*F|F\s*\/\s*M|H\s*\/\s*M|M\s*\/\s*H|H\s*\/\s*F\s*\/\s*X|F\s*\/\s*H\s*\/\s*X|m\s*\/\s*f\s*\/\s*d|m\s*\/\s*w\s*\/\s*d)\b\)?/;

/** Marks right after a word that make it inclusive: "(e)", "·e", ".e", "/a", "(a)", "@". */
export const INCLUSIVE_MARK = /^(?:\([\p{L}]{1,5}\)|[·.\-][\p{L}]{1,5}\b|\/[\p{L}]{1,12}|@)/u;

export function titleWords(language: Language): TitleWord[] {
  return language === 'fr' || language === 'es' ? INCLUSIVE_TITLE_WORDS[language] : [];
}
