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

/** Other units -> singular unit word. */
export const QUANTITY_UNITS: ReadonlyMap<string, string> = new Map([
  ['terabyte', 'terabyte'], ['terabytes', 'terabyte'], ['tb', 'terabyte'], ['gigabyte', 'gigabyte'], ['gigabytes', 'gigabyte'],
  ['gb', 'gigabyte'], ['megabyte', 'megabyte'], ['megabytes', 'megabyte'], ['mb', 'megabyte'], ['petabyte', 'petabyte'],
  ['petabytes', 'petabyte'], ['kilobyte', 'kilobyte'], ['kilobytes', 'kilobyte'],
  ['kilometre', 'kilometre'], ['kilometres', 'kilometre'], ['kilometer', 'kilometre'], ['kilometers', 'kilometre'],
  ['km', 'kilometre'], ['mile', 'mile'], ['miles', 'mile'], ['metre', 'metre'], ['metres', 'metre'], ['meter', 'metre'],
  ['meters', 'metre'], ['feet', 'foot'], ['foot', 'foot'], ['ft', 'foot'], ['inch', 'inch'], ['inches', 'inch'],
  ['nautical', 'nautical mile'], ['kilogram', 'kilogram'], ['kilograms', 'kilogram'], ['kg', 'kilogram'], ['gram', 'gram'],
  ['grams', 'gram'], ['ton', 'ton'], ['tons', 'ton'], ['tonne', 'tonne'], ['tonnes', 'tonne'], ['barrel', 'barrel'],
  ['barrels', 'barrel'], ['bpd', 'barrel per day'], ['litre', 'litre'], ['litres', 'litre'], ['liter', 'litre'],
  ['liters', 'litre'], ['gallon', 'gallon'], ['gallons', 'gallon'], ['hectare', 'hectare'], ['hectares', 'hectare'],
  ['acre', 'acre'], ['acres', 'acre'], ['megawatt', 'megawatt'], ['megawatts', 'megawatt'], ['mw', 'megawatt'],
  ['gigawatt', 'gigawatt'], ['gigawatts', 'gigawatt'], ['kilowatt', 'kilowatt'], ['kilowatts', 'kilowatt'],
  ['degree', 'degree'], ['degrees', 'degree'], ['knot', 'knot'], ['knots', 'knot'], ['mph', 'mile per hour'],
  ['storey', 'storey'], ['storeys', 'storey'], ['story', 'storey'], ['floors', 'floor'], ['magnitude', 'magnitude'],
  ['caliber', 'caliber'], ['calibre', 'calibre'], ['mm', 'millimetre'], ['millimetre', 'millimetre'], ['millimeter', 'millimetre'],
]);

/** Words after a number that make it a percentage. */
export const PERCENT_WORDS: readonly string[] = ['%', 'percent', 'per cent', 'pct', 'percentage points', 'percentage point'];
