/**
 * Word lists used by cleaning: general knowledge only, data apart from the code.
 */

/**
 * Country and place names used without an article in English. After a shouted "THE"
 * ("THE China denies ..."), such a name tells that the article is a translation artefact
 * and goes; before any other name ("THE Microsoft Exchange is ...") it is kept as "The".
 */
export const NAMES_WITHOUT_ARTICLE: ReadonlySet<string> = new Set([
  'Afghanistan', 'Albania', 'Algeria', 'Andorra', 'Angola', 'Argentina', 'Armenia', 'Australia',
  'Austria', 'Azerbaijan', 'Bahrain', 'Bangladesh', 'Barbados', 'Belarus', 'Belgium', 'Belize',
  'Benin', 'Bhutan', 'Bolivia', 'Bosnia', 'Botswana', 'Brazil', 'Brunei', 'Bulgaria', 'Burkina',
  'Burundi', 'Cambodia', 'Cameroon', 'Canada', 'Chad', 'Chile', 'China', 'Colombia', 'Congo',
  'Croatia', 'Cuba', 'Cyprus', 'Denmark', 'Djibouti', 'Ecuador', 'Egypt', 'Eritrea', 'Estonia',
  'Eswatini', 'Ethiopia', 'Europe', 'Fiji', 'Finland', 'France', 'Gabon', 'Georgia', 'Germany',
  'Ghana', 'Greece', 'Guatemala', 'Guinea', 'Guyana', 'Haiti', 'Honduras', 'Hungary', 'Iceland',
  'India', 'Indonesia', 'Iran', 'Iraq', 'Ireland', 'Israel', 'Italy', 'Jamaica', 'Japan', 'Jordan',
  'Kazakhstan', 'Kenya', 'Kosovo', 'Kuwait', 'Kyrgyzstan', 'Laos', 'Latvia', 'Lebanon', 'Lesotho',
  'Liberia', 'Libya', 'Liechtenstein', 'Lithuania', 'Luxembourg', 'Madagascar', 'Malawi',
  'Malaysia', 'Mali', 'Malta', 'Mauritania', 'Mauritius', 'Mexico', 'Moldova', 'Monaco',
  'Mongolia', 'Montenegro', 'Morocco', 'Mozambique', 'Myanmar', 'Namibia', 'Nepal', 'Nicaragua',
  'Niger', 'Nigeria', 'Norway', 'Oman', 'Pakistan', 'Palestine', 'Panama', 'Paraguay', 'Peru',
  'Poland', 'Portugal', 'Qatar', 'Romania', 'Russia', 'Rwanda', 'Samoa', 'Senegal', 'Serbia',
  'Singapore', 'Slovakia', 'Slovenia', 'Somalia', 'Spain', 'Sudan', 'Suriname', 'Sweden',
  'Switzerland', 'Syria', 'Taiwan', 'Tajikistan', 'Tanzania', 'Thailand', 'Togo', 'Tonga',
  'Tunisia', 'Turkey', 'Türkiye', 'Turkmenistan', 'Tuvalu', 'Uganda', 'Ukraine', 'Uruguay',
  'Uzbekistan', 'Vanuatu', 'Venezuela', 'Vietnam', 'Yemen', 'Zambia', 'Zimbabwe',
  // Two-word names: the first word is enough to look up, the second is checked by the caller.
  'North Korea', 'South Korea', 'South Africa', 'New Zealand', 'Saudi Arabia', 'Sri Lanka',
  'Costa Rica', 'El Salvador', 'Hong Kong', 'Great Britain', 'North Macedonia', 'East Timor',
  // Capitals and cities used as a country's metonym.
  'Beijing', 'Moscow', 'Tehran', 'Washington', 'London', 'Paris', 'Berlin', 'Tokyo', 'Kyiv',
  'Kiev', 'Pyongyang', 'Seoul', 'Brussels', 'Ankara', 'Damascus', 'Baghdad', 'Riyadh', 'Delhi',
  'New Delhi', 'Islamabad', 'Kabul', 'Cairo', 'Jerusalem', 'Taipei', 'Minsk', 'Caracas', 'Havana',
]);

/**
 * Very frequent English function words. In English prose about 40% of the words are
 * from this list; in other languages written in Latin script hardly any are.
 */
export const ENGLISH_FUNCTION_WORDS: ReadonlySet<string> = new Set([
  'the', 'of', 'and', 'to', 'a', 'in', 'is', 'that', 'for', 'it', 'as', 'was', 'with', 'be',
  'by', 'on', 'not', 'he', 'this', 'are', 'or', 'his', 'from', 'at', 'which', 'but', 'have',
  'an', 'had', 'they', 'you', 'were', 'their', 'one', 'all', 'we', 'can', 'her', 'has', 'there',
  'been', 'if', 'more', 'when', 'will', 'would', 'who', 'so', 'no', 'she', 'other', 'its', 'may',
  'these', 'than', 'them', 'some', 'him', 'into', 'after', 'also', 'said', 'about', 'over',
  'could', 'our', 'out', 'up', 'what', 'any', 'should', 'did', 'do', 'does', 'i', 'us', 'those',
]);

/** Words that carry no topic, left out when comparing a line's words with the body's. */
export const STOPWORDS: ReadonlySet<string> = new Set([
  ...ENGLISH_FUNCTION_WORDS,
  'new', 'says', 'say', 'news', 'how', 'why', 'where', 'now', 'after', 'before', 'just', 'over',
  'under', 'amid', 'against', 'between', 'while', 'being', 'get', 'gets', 'got', 'make', 'makes',
]);
