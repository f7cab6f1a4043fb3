/**
 * Units of figures: currencies (ISO 4217), time units (singular), other measures.
 */

/** Currency symbols and prefixes written before the number. Longest first. */
export const CURRENCY_SYMBOLS: readonly { readonly symbol: string; readonly code: string }[] = [
  { symbol: 'US$', code: 'USD' }, { symbol: 'U.S.$', code: 'USD' }, { symbol: 'USD', code: 'USD' }, { symbol: 'A$', code: 'AUD' },
  { symbol: 'C$', code: 'CAD' }, { symbol: 'CA$', code: 'CAD' }, { symbol: 'NZ$', code: 'NZD' }, { symbol: 'HK$', code: 'HKD' },
  { symbol: 'S$', code: 'SGD' }, { symbol: 'R$', code: 'BRL' }, { symbol: 'EUR', code: 'EUR' }, { symbol: 'GBP', code: 'GBP' },
  { symbol: 'CNY', code: 'CNY' }, { symbol: 'RMB', code: 'CNY' }, { symbol: 'JPY', code: 'JPY' }, { symbol: 'INR', code: 'INR' },
  { symbol: 'Rs.', code: 'INR' }, { symbol: 'Rs', code: 'INR' }, { symbol: 'CHF', code: 'CHF' }, { symbol: 'PHP', code: 'PHP' },
  { symbol: '$', code: 'USD' }, { symbol: '£', code: 'GBP' }, { symbol: '€', code: 'EUR' }, { symbol: '¥', code: 'JPY' },
  { symbol: '₹', code: 'INR' }, { symbol: '₽', code: 'RUB' }, { symbol: '₩', code: 'KRW' }, { symbol: '₱', code: 'PHP' },
  { symbol: '₺', code: 'TRY' }, { symbol: '₪', code: 'ILS' }, { symbol: '₦', code: 'NGN' },
];

/** Currency words written after the number ("5 million yuan", "300 euros"). */
export const CURRENCY_WORDS: ReadonlyMap<string, string> = new Map([
  ['dollar', 'USD'], ['dollars', 'USD'], ['usd', 'USD'], ['euro', 'EUR'], ['euros', 'EUR'], ['eur', 'EUR'],
  ['pound', 'GBP'], ['pounds', 'GBP'], ['sterling', 'GBP'], ['gbp', 'GBP'], ['yuan', 'CNY'], ['renminbi', 'CNY'],
  ['rmb', 'CNY'], ['yen', 'JPY'], ['won', 'KRW'], ['rupee', 'INR'], ['rupees', 'INR'], ['ruble', 'RUB'],
  ['rubles', 'RUB'], ['rouble', 'RUB'], ['roubles', 'RUB'], ['riyal', 'SAR'], ['riyals', 'SAR'], ['rial', 'IRR'],
  ['rials', 'IRR'], ['lira', 'TRY'], ['liras', 'TRY'], ['peso', 'PHP'], ['pesos', 'PHP'], ['rand', 'ZAR'],
  ['naira', 'NGN'], ['shekel', 'ILS'], ['shekels', 'ILS'], ['franc', 'CHF'], ['francs', 'CHF'], ['hryvnia', 'UAH'],
  ['hryvnias', 'UAH'], ['dirham', 'AED'], ['dirhams', 'AED'], ['bitcoin', 'BTC'], ['bitcoins', 'BTC'],
]);

/** Dollar words with a country ("Hong Kong dollars", "Australian dollars", "Zimbabwe dollars"). */
export const DOLLAR_COUNTRIES: ReadonlyMap<string, string> = new Map([
  ['hong kong', 'HKD'], ['australian', 'AUD'], ['canadian', 'CAD'], ['new zealand', 'NZD'], ['singapore', 'SGD'],
  ['taiwan', 'TWD'], ['taiwanese', 'TWD'], ['zimbabwe', 'ZWL'], ['zimbabwean', 'ZWL'], ['u.s.', 'USD'], ['us', 'USD'],
  ['american', 'USD'],
]);

/** Time units (any form) -> singular unit of SPEC. */
export const TIME_UNITS: ReadonlyMap<string, string> = new Map([
  ['year', 'year'], ['years', 'year'], ['yr', 'year'], ['yrs', 'year'], ['month', 'month'], ['months', 'month'],
  ['week', 'week'], ['weeks', 'week'], ['day', 'day'], ['days', 'day'], ['hour', 'hour'], ['hours', 'hour'],
  ['hrs', 'hour'], ['minute', 'minute'], ['minutes', 'minute'], ['mins', 'minute'], ['second', 'second'],
  ['seconds', 'second'], ['decade', 'decade'], ['decades', 'decade'], ['century', 'century'], ['centuries', 'century'],
]);

/**
 * Other units -> the singular of the unit word as written (SPEC: "the singular unit
 * word"): "kilometers" -> "kilometer", "km" -> "km", "kilos" -> "kilo".
 */
export const QUANTITY_UNITS: ReadonlyMap<string, string> = new Map([
  ...pairs('terabyte terabytes tb:TB gigabyte gigabytes gb:GB megabyte megabytes mb:MB petabyte petabytes kilobyte kilobytes kb:KB byte bytes'),
  ...pairs('kilometre kilometres kilometer kilometers km kms:km mile miles metre metres meter meters feet:foot foot ft inch inches:inch yard yards'),
  ...pairs('kilogram kilograms kg kgs:kg kilo kilos gram grams ton tons tonne tonnes barrel barrels bpd litre litres liter liters gallon gallons'),
  ...pairs('hectare hectares acre acres megawatt megawatts mw:MW gigawatt gigawatts kilowatt kilowatts degree degrees knot knots mph'),
  ...pairs('storey storeys story:story stories:story floor floors magnitude caliber calibre mm millimetre millimetres millimeter millimeters'),
  ...pairs('centimetre centimetres centimeter centimeters cm'),
]);

/** Units of two words after a number: "50 basis points", "3 metric tons", "200 square kilometres". */
export const QUANTITY_UNIT_PHRASES: readonly { readonly parts: readonly string[]; readonly unit: string }[] = [
  ...['basis point', 'basis points', 'metric ton', 'metric tons', 'metric tonne', 'metric tonnes', 'square kilometre',
    'square kilometres', 'square kilometer', 'square kilometers', 'square mile', 'square miles', 'square metre',
    'square metres', 'square meter', 'square meters', 'square foot', 'square feet', 'cubic metre', 'cubic metres',
    'cubic meter', 'cubic meters', 'cubic kilometre', 'cubic kilometres', 'cubic kilometer', 'cubic kilometers',
    'cubic foot', 'cubic feet', 'light year', 'light years'].map((p) => {
    const parts = p.split(' ');
    const last = parts[1]!;
    const singular = last === 'feet' ? 'foot' : last.endsWith('s') ? last.slice(0, -1) : last;
    return { parts, unit: `${parts[0]} ${singular}` };
  }),
];

/** "kilometers" -> ["kilometers", "kilometer"]; "feet:foot" gives the singular explicitly. */
function pairs(list: string): [string, string][] {
  return list.split(' ').map((w) => {
    const [form, given] = w.split(':') as [string, string | undefined];
    const singular = given ?? (form.endsWith('ies') ? `${form.slice(0, -3)}y` : form.endsWith('s') && form.length > 3 && !form.endsWith('ss') ? form.slice(0, -1) : form);
    return [form.toLowerCase(), singular];
  });
}

/** Nouns after a decimal that make it a magnitude: "a 7.5 aftershock", "a 6.1 quake". */
export const MAGNITUDE_EVENTS: ReadonlySet<string> = new Set(['quake', 'quakes', 'earthquake', 'earthquakes', 'aftershock', 'aftershocks', 'tremor', 'tremors', 'temblor']);

/** Words after a number that make it a percentage. */
export const PERCENT_WORDS: readonly string[] = ['%', 'percent', 'per cent', 'pct', 'percentage points', 'percentage point'];
