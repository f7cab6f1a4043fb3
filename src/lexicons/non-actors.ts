/**
 * Name-like phrases that are never actors (SPEC §2: regions, products, diseases,
 * events). The actor matcher consumes them first (longest match), so "Microsoft
 * Exchange" does not become Microsoft and "South China Sea" does not become China.
 * Cities, states and regions in general come from compromise's place lexicon; this list
 * holds what that lexicon lacks or mis-types.
 */
export const REGIONS: readonly string[] = [
  'Europe', 'Asia', 'Africa', 'Oceania', 'Antarctica', 'Arctic', 'Middle East', 'Near East', 'Far East', 'the East',
  'the West', 'Western Europe', 'Eastern Europe', 'Central Europe', 'Southern Europe', 'Northern Europe',
  'Central Asia', 'South Asia', 'Southeast Asia', 'East Asia', 'Asia-Pacific', 'Asia Pacific', 'Indo-Pacific',
  'Pacific', 'Atlantic', 'Mediterranean', 'Eastern Mediterranean', 'Balkans', 'Caucasus', 'Scandinavia', 'Baltics',
  'Sahel', 'Maghreb', 'Horn of Africa', 'Sub-Saharan Africa', 'West Africa', 'East Africa', 'North Africa',
  'Southern Africa', 'Central Africa', 'Latin America', 'South America', 'North America', 'Central America',
  'Caribbean', 'Gulf', 'Persian Gulf', 'Arabian Gulf', 'Gulf of Oman', 'Strait of Hormuz', 'Red Sea', 'Black Sea',
  'Baltic Sea', 'South China Sea', 'East China Sea', 'Taiwan Strait', 'Korean Peninsula', 'Crimea', 'Donbas',
  'Donbass', 'Xinjiang', 'Tibet', 'Kashmir', 'Gaza', 'West Bank', 'Golan Heights', 'Sinai', 'Kurdistan',
  'Iraqi Kurdistan', 'Rojava', 'Idlib', 'Aleppo', 'Mainland', 'Silicon Valley', 'Wall Street', 'Capitol Hill',
  'Northern Ireland', 'Scotland', 'Wales', 'England', 'Siberia', 'Chechnya', 'Hokkaido', 'Okinawa', 'Sahara',
  'Eurasia', 'Americas', 'Levant', 'Persian Gulf region', 'Nordic', 'Anglosphere', 'Global South',
];

/** Products, platforms, malware and software (not actors: SPEC "Decided hard cases"). */
export const PRODUCTS: readonly string[] = [
  'Microsoft Exchange', 'Exchange Server', 'Microsoft Exchange Server', 'Microsoft Office', 'Office 365', 'Microsoft 365',
  'Windows', 'Windows 10', 'Windows 11', 'Windows XP', 'Outlook', 'Azure', 'Teams', 'iPhone', 'iPad', 'iOS', 'macOS',
  'Android', 'Chrome', 'Gmail', 'WhatsApp', 'Instagram', 'Messenger', 'Signal', 'WeChat', 'Weibo', 'Skype', 'Zoom',
  'Pegasus', 'Stuxnet', 'NotPetya', 'WannaCry', 'Petya', 'Emotet', 'TrickBot', 'Mimikatz', 'Cobalt Strike',
  'SolarWinds Orion', 'Orion', 'Log4j', 'Log4Shell', 'ProxyLogon', 'EternalBlue', 'Bitcoin', 'Ethereum', 'Tor',
  'Telegram', 'Linux', 'Excel', 'PowerPoint', 'Boeing 737', 'Boeing 737 MAX', 'F-35', 'Patriot', 'Tomahawk',
  'Dark Web', 'Internet', 'World Wide Web',
];

/** Diseases, events, holidays, laws and other capitalised non-actors. */
export const EVENTS_AND_THINGS: readonly string[] = [
  'COVID-19', 'COVID', 'Covid-19', 'Covid', 'Covid 19', 'COVID 19', 'SARS-CoV-2', 'SARS', 'MERS', 'Ebola', 'Zika', 'HIV',
  'AIDS', 'U.S. Code', 'US Code', 'United States Code', 'U.S.C.', 'World War I', 'World War II', 'Cold War', 'Olympics', 'Olympic Games', 'World Cup', 'Christmas',
  'Easter', 'Ramadan', 'Eid', 'Brexit', 'Holocaust', 'Arab Spring', 'Constitution', 'Bill of Rights',
  'Computer Fraud and Abuse Act', 'Espionage Act', 'Foreign Agents Registration Act', 'Patriot Act',
  'International Emergency Economic Powers Act', 'Arms Export Control Act', 'Export Administration Regulations',
  'International Traffic in Arms Regulations', 'Digital Millennium Copyright Act', 'DMCA', 'GDPR',
  'Bank Secrecy Act', 'Trading with the Enemy Act', 'Iranian Transactions Regulations', 'Global Magnitsky Act',
  'Magnitsky Act', 'Belt and Road', 'Belt and Road Initiative', 'Paris Agreement', 'Iran nuclear deal', 'JCPOA',
  'Joint Comprehensive Plan of Action', 'Nobel Prize', 'Islam', 'Christianity', 'Judaism', 'Muslims', 'Christians',
  'Jews', 'Sunni', 'Shia', 'Shiite', 'Catholic', 'Orthodox', 'English', 'Arabic', 'Mandarin', 'Cantonese', 'Farsi',
  'Spanish language', 'Daylight Saving Time', 'New Year', 'Lunar New Year', 'Independence Day', 'Election Day',
];

/**
 * First words of capitalised names of events and operations, never actors: "Hurricane
 * Ida", "Typhoon Haiyan", "Operation Dream Job" (a storm's given name is no person).
 */
export const EVENT_NAME_HEADS: ReadonlySet<string> = new Set([
  'Hurricane', 'Typhoon', 'Cyclone', 'Storm', 'Tropical', 'Operation', 'Exercise', 'Battle', 'Siege', 'Treaty',
]);
