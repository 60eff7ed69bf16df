/**
 * ISO 3166-1 alpha-2 country codes with their EN, FR and ES names, for
 * `header-consistency` (the country code in a reference, "MX002/2024",
 * "VN/IOMDZ/012/2025", against the duty station country). [A]: the rule book
 * has no such table; the names are the usual UN short names plus common
 * variants. A ";" separates two accepted names. The table covers the 193 UN
 * member states, the Holy See, the State of Palestine, Kosovo (XK, a
 * user-assigned code) and a few territories with IOM offices (HK, MO, PR);
 * a config extends or overrides it (`header-consistency` option `countries`).
 *
 * Lookup is loose (`looseCountryName`, as for `nrms-list`): case, accents,
 * hyphen against space and a leading/trailing article are ignored.
 */
import type { Language } from './types.js';
import { looseCountryName } from './nrms.js';

export interface IsoCountry {
  /** ISO 3166-1 alpha-2 code, upper case. */
  code: string;
  names: Record<Language, string[]>;
}

// code | EN | FR | ES  (";" separates accepted names; the first is the usual one)
const TABLE = `
AF|Afghanistan|Afghanistan|Afganistán
AL|Albania|Albanie|Albania
DZ|Algeria|Algérie|Argelia
AD|Andorra|Andorre|Andorra
AO|Angola|Angola|Angola
AG|Antigua and Barbuda|Antigua-et-Barbuda|Antigua y Barbuda
AR|Argentina|Argentine|Argentina
AM|Armenia|Arménie|Armenia
AU|Australia|Australie|Australia
AT|Austria|Autriche|Austria
AZ|Azerbaijan|Azerbaïdjan|Azerbaiyán
BS|Bahamas|Bahamas|Bahamas
BH|Bahrain|Bahreïn|Baréin;Bahréin
BD|Bangladesh|Bangladesh|Bangladés;Bangladesh
BB|Barbados|Barbade|Barbados
BY|Belarus|Bélarus;Biélorussie|Belarús;Bielorrusia
BE|Belgium|Belgique|Bélgica
BZ|Belize|Belize|Belice
BJ|Benin|Bénin|Benín
BT|Bhutan|Bhoutan|Bután
BO|Bolivia;Bolivia (Plurinational State of)|Bolivie;Bolivie (État plurinational de)|Bolivia;Bolivia (Estado Plurinacional de)
BA|Bosnia and Herzegovina|Bosnie-Herzégovine|Bosnia y Herzegovina
BW|Botswana|Botswana|Botsuana;Botswana
BR|Brazil|Brésil|Brasil
BN|Brunei Darussalam;Brunei|Brunéi Darussalam;Brunei|Brunéi Darussalam;Brunéi
BG|Bulgaria|Bulgarie|Bulgaria
BF|Burkina Faso|Burkina Faso|Burkina Faso
BI|Burundi|Burundi|Burundi
CV|Cabo Verde;Cape Verde|Cabo Verde;Cap-Vert|Cabo Verde
KH|Cambodia|Cambodge|Camboya
CM|Cameroon|Cameroun|Camerún
CA|Canada|Canada|Canadá
CF|Central African Republic|République centrafricaine|República Centroafricana
TD|Chad|Tchad|Chad
CL|Chile|Chili|Chile
CN|China|Chine|China
CO|Colombia|Colombie|Colombia
KM|Comoros|Comores|Comoras
CG|Congo;Republic of the Congo;Congo-Brazzaville|Congo;République du Congo;Congo-Brazzaville|Congo;República del Congo
CD|Democratic Republic of the Congo;DR Congo;DRC;Congo-Kinshasa|République démocratique du Congo;RD Congo;RDC|República Democrática del Congo;RD Congo;RDC
CK|Cook Islands|Îles Cook|Islas Cook
CR|Costa Rica|Costa Rica|Costa Rica
CI|Côte d’Ivoire;Ivory Coast|Côte d’Ivoire|Côte d’Ivoire;Costa de Marfil
HR|Croatia|Croatie|Croacia
CU|Cuba|Cuba|Cuba
CY|Cyprus|Chypre|Chipre
CZ|Czechia;Czech Republic|Tchéquie;République tchèque|Chequia;República Checa
DK|Denmark|Danemark|Dinamarca
DJ|Djibouti|Djibouti|Yibuti;Djibouti
DM|Dominica|Dominique|Dominica
DO|Dominican Republic|République dominicaine|República Dominicana
EC|Ecuador|Équateur|Ecuador
EG|Egypt|Égypte|Egipto
SV|El Salvador|El Salvador;Salvador|El Salvador
GQ|Equatorial Guinea|Guinée équatoriale|Guinea Ecuatorial
ER|Eritrea|Érythrée|Eritrea
EE|Estonia|Estonie|Estonia
SZ|Eswatini;Swaziland|Eswatini;Swaziland|Esuatini;Eswatini;Suazilandia
ET|Ethiopia|Éthiopie|Etiopía
FJ|Fiji|Fidji|Fiyi
FI|Finland|Finlande|Finlandia
FR|France|France|Francia
GA|Gabon|Gabon|Gabón
GM|Gambia|Gambie|Gambia
GE|Georgia|Géorgie|Georgia
DE|Germany|Allemagne|Alemania
GH|Ghana|Ghana|Ghana
GR|Greece|Grèce|Grecia
GD|Grenada|Grenade|Granada
GT|Guatemala|Guatemala|Guatemala
GN|Guinea|Guinée|Guinea
GW|Guinea-Bissau|Guinée-Bissau|Guinea-Bissau;Guinea-Bisáu
GY|Guyana|Guyana|Guyana
HT|Haiti|Haïti|Haití
VA|Holy See|Saint-Siège|Santa Sede
HN|Honduras|Honduras|Honduras
HK|Hong Kong;Hong Kong SAR, China|Hong Kong|Hong Kong
HU|Hungary|Hongrie|Hungría
IS|Iceland|Islande|Islandia
IN|India|Inde|India
ID|Indonesia|Indonésie|Indonesia
IR|Iran;Iran (Islamic Republic of)|Iran;Iran (République islamique d’)|Irán;Irán (República Islámica del)
IQ|Iraq|Iraq;Irak|Iraq;Irak
IE|Ireland|Irlande|Irlanda
IL|Israel|Israël|Israel
IT|Italy|Italie|Italia
JM|Jamaica|Jamaïque|Jamaica
JP|Japan|Japon|Japón
JO|Jordan|Jordanie|Jordania
KZ|Kazakhstan|Kazakhstan|Kazajistán
KE|Kenya|Kenya|Kenia
KI|Kiribati|Kiribati|Kiribati
XK|Kosovo|Kosovo|Kosovo
KW|Kuwait|Koweït|Kuwait
KG|Kyrgyzstan|Kirghizistan|Kirguistán
LA|Lao People’s Democratic Republic;Laos|République démocratique populaire lao;Laos|República Democrática Popular Lao;Laos
LV|Latvia|Lettonie|Letonia
LB|Lebanon|Liban|Líbano
LS|Lesotho|Lesotho|Lesoto
LR|Liberia|Libéria;Liberia|Liberia
LY|Libya|Libye|Libia
LI|Liechtenstein|Liechtenstein|Liechtenstein
LT|Lithuania|Lituanie|Lituania
LU|Luxembourg|Luxembourg|Luxemburgo
MO|Macao;Macau|Macao|Macao
MG|Madagascar|Madagascar|Madagascar
MW|Malawi|Malawi|Malaui;Malawi
MY|Malaysia|Malaisie|Malasia
MV|Maldives|Maldives|Maldivas
ML|Mali|Mali|Malí
MT|Malta|Malte|Malta
MH|Marshall Islands|Îles Marshall|Islas Marshall
MR|Mauritania|Mauritanie|Mauritania
MU|Mauritius|Maurice|Mauricio
MX|Mexico|Mexique|México;Mejico
FM|Federated States of Micronesia;Micronesia;Micronesia (Federated States of)|États fédérés de Micronésie;Micronésie|Estados Federados de Micronesia;Micronesia
MD|Republic of Moldova;Moldova|République de Moldova;Moldavie|República de Moldova;Moldavia
MC|Monaco|Monaco|Mónaco
MN|Mongolia|Mongolie|Mongolia
ME|Montenegro|Monténégro|Montenegro
MA|Morocco|Maroc|Marruecos
MZ|Mozambique|Mozambique|Mozambique
MM|Myanmar|Myanmar|Myanmar
NA|Namibia|Namibie|Namibia
NR|Nauru|Nauru|Nauru
NP|Nepal|Népal|Nepal
NL|Netherlands;Kingdom of the Netherlands|Pays-Bas|Países Bajos
NZ|New Zealand|Nouvelle-Zélande|Nueva Zelandia;Nueva Zelanda
NI|Nicaragua|Nicaragua|Nicaragua
NE|Niger|Niger|Níger
NG|Nigeria|Nigéria;Nigeria|Nigeria
KP|Democratic People’s Republic of Korea;North Korea|République populaire démocratique de Corée;Corée du Nord|República Popular Democrática de Corea;Corea del Norte
MK|North Macedonia|Macédoine du Nord|Macedonia del Norte
NO|Norway|Norvège|Noruega
OM|Oman|Oman|Omán
PK|Pakistan|Pakistan|Pakistán
PW|Palau|Palaos|Palaos
PS|State of Palestine;Palestine|État de Palestine;Palestine|Estado de Palestina;Palestina
PA|Panama|Panama|Panamá
PG|Papua New Guinea|Papouasie-Nouvelle-Guinée|Papua Nueva Guinea
PY|Paraguay|Paraguay|Paraguay
PE|Peru|Pérou|Perú
PH|Philippines|Philippines|Filipinas
PL|Poland|Pologne|Polonia
PT|Portugal|Portugal|Portugal
PR|Puerto Rico|Porto Rico|Puerto Rico
QA|Qatar|Qatar|Catar;Qatar
KR|Republic of Korea;South Korea|République de Corée;Corée du Sud|República de Corea;Corea del Sur
RO|Romania|Roumanie|Rumania;Rumanía
RU|Russian Federation;Russia|Fédération de Russie;Russie|Federación de Rusia;Rusia
RW|Rwanda|Rwanda|Ruanda;Rwanda
KN|Saint Kitts and Nevis|Saint-Kitts-et-Nevis|Saint Kitts y Nevis;San Cristóbal y Nieves
LC|Saint Lucia|Sainte-Lucie|Santa Lucía
VC|Saint Vincent and the Grenadines|Saint-Vincent-et-les Grenadines|San Vicente y las Granadinas
WS|Samoa|Samoa|Samoa
SM|San Marino|Saint-Marin|San Marino
ST|Sao Tome and Principe|Sao Tomé-et-Principe|Santo Tomé y Príncipe
SA|Saudi Arabia|Arabie saoudite|Arabia Saudita;Arabia Saudí
SN|Senegal|Sénégal|Senegal
RS|Serbia|Serbie|Serbia
SC|Seychelles|Seychelles|Seychelles
SL|Sierra Leone|Sierra Leone|Sierra Leona
SG|Singapore|Singapour|Singapur
SK|Slovakia|Slovaquie|Eslovaquia
SI|Slovenia|Slovénie|Eslovenia
SB|Solomon Islands|Îles Salomon|Islas Salomón
SO|Somalia|Somalie|Somalia
ZA|South Africa|Afrique du Sud|Sudáfrica
SS|South Sudan|Soudan du Sud|Sudán del Sur
ES|Spain|Espagne|España
LK|Sri Lanka|Sri Lanka|Sri Lanka
SD|Sudan|Soudan|Sudán
SR|Suriname|Suriname|Suriname;Surinam
SE|Sweden|Suède|Suecia
CH|Switzerland|Suisse|Suiza
SY|Syrian Arab Republic;Syria|République arabe syrienne;Syrie|República Árabe Siria;Siria
TJ|Tajikistan|Tadjikistan|Tayikistán
TH|Thailand|Thaïlande|Tailandia
TL|Timor-Leste;East Timor|Timor-Leste|Timor-Leste;Timor Oriental
TG|Togo|Togo|Togo
TO|Tonga|Tonga|Tonga
TT|Trinidad and Tobago|Trinité-et-Tobago|Trinidad y Tabago;Trinidad y Tobago
TN|Tunisia|Tunisie|Túnez
TR|Türkiye;Turkey|Türkiye;Turquie|Türkiye;Turquía
TM|Turkmenistan|Turkménistan|Turkmenistán
TV|Tuvalu|Tuvalu|Tuvalu
UG|Uganda|Ouganda|Uganda
UA|Ukraine|Ukraine|Ucrania
AE|United Arab Emirates|Émirats arabes unis|Emiratos Árabes Unidos
GB|United Kingdom;United Kingdom of Great Britain and Northern Ireland;UK|Royaume-Uni|Reino Unido
TZ|United Republic of Tanzania;Tanzania|République-Unie de Tanzanie;Tanzanie|República Unida de Tanzania;Tanzania
US|United States of America;United States;USA|États-Unis d’Amérique;États-Unis|Estados Unidos de América;Estados Unidos
UY|Uruguay|Uruguay|Uruguay
UZ|Uzbekistan|Ouzbékistan|Uzbekistán
VU|Vanuatu|Vanuatu|Vanuatu
VE|Venezuela;Venezuela (Bolivarian Republic of)|Venezuela;Venezuela (République bolivarienne du)|Venezuela;Venezuela (República Bolivariana de)
VN|Viet Nam;Vietnam|Viet Nam;Vietnam|Viet Nam;Vietnam
YE|Yemen|Yémen|Yemen
ZM|Zambia|Zambie|Zambia
ZW|Zimbabwe|Zimbabwe|Zimbabue;Zimbabwe
`;

/** The default table (see the file comment). */
export const ISO_COUNTRIES: IsoCountry[] = TABLE.trim()
  .split('\n')
  .map((line) => {
    const [code, en, fr, es] = line.split('|');
    return { code: code!, names: { en: en!.split(';'), fr: fr!.split(';'), es: es!.split(';') } };
  });

/** A country-name index: loose name → ISO code (a name stands for one code only; ambiguous names are dropped). */
export interface CountryIndex {
  byName: Map<string, string>;
  /** Codes the table knows, with a display name per language. */
  byCode: Map<string, IsoCountry>;
}

/**
 * Builds the lookup index, with `extra` rows (config) added: `extra` maps a
 * code to names in any language; names of a known code are added to its row.
 */
export function buildCountryIndex(extra?: Record<string, string[]>, base: IsoCountry[] = ISO_COUNTRIES): CountryIndex {
  const byCode = new Map<string, IsoCountry>();
  for (const row of base) byCode.set(row.code, row);
  if (extra) {
    for (const [rawCode, names] of Object.entries(extra)) {
      const code = rawCode.toUpperCase();
      if (!/^[A-Z]{2}$/.test(code) || !Array.isArray(names)) continue;
      const list = names.filter((name): name is string => typeof name === 'string' && name.trim() !== '');
      if (!list.length) continue;
      const known = byCode.get(code);
      byCode.set(
        code,
        known
          ? { code, names: { en: [...known.names.en, ...list], fr: [...known.names.fr, ...list], es: [...known.names.es, ...list] } }
          : { code, names: { en: list, fr: list, es: list } },
      );
    }
  }
  const byName = new Map<string, string>();
  const ambiguous = new Set<string>();
  for (const row of byCode.values()) {
    for (const language of ['en', 'fr', 'es'] as const) {
      for (const name of row.names[language]) {
        const key = looseCountryName(name);
        const known = byName.get(key);
        if (known !== undefined && known !== row.code) ambiguous.add(key);
        else byName.set(key, row.code);
      }
    }
  }
  for (const key of ambiguous) byName.delete(key);
  return { byName, byCode };
}

/** The default index, built once. */
export const DEFAULT_COUNTRY_INDEX: CountryIndex = buildCountryIndex();

/** The ISO code of a country name, or undefined. */
export function countryCodeOf(name: string, index: CountryIndex = DEFAULT_COUNTRY_INDEX): string | undefined {
  return index.byName.get(looseCountryName(name));
}
