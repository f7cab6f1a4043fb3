import type { ActorType } from '../../../src/types/index.ts';

/**
 * Generality cases: short news paragraphs written for these tests (not taken from the
 * corpus), with the actors a careful annotator would list (GUIDELINES §3). The expected
 * actors were written before the extractor was run on the texts.
 *
 * - `names`: accepted names; an actor matches when its name or one of its aliases equals
 *   one of them (case-insensitive, leading "the" and a possessive "'s" dropped).
 * - `affiliation`: the name of the actor it must be affiliated with; `null`: none;
 *   left out: not checked (the text does not state it clearly).
 * - `optional`: forms an extractor may list or not (places named as "X-based", bodies
 *   named only in lowercase): neither required nor counted as false positives.
 */
export interface ExpectedActor {
  readonly names: readonly string[];
  readonly type: ActorType;
  readonly affiliation?: string | null;
}

export interface GeneralityCase {
  readonly id: string;
  readonly text: string;
  readonly actors: readonly ExpectedActor[];
  readonly optional?: readonly string[];
}

const a = (names: string | readonly string[], type: ActorType, affiliation?: string | null): ExpectedActor => ({
  names: typeof names === 'string' ? [names] : names,
  type,
  ...(affiliation !== undefined ? { affiliation } : {}),
});

export const GENERALITY_CASES: readonly GeneralityCase[] = [
  {
    id: 'korea-cyber-attribution',
    text: 'South Korea\'s National Intelligence Service said on Tuesday that a North Korean hacking group known as Kimsuky had stolen data from Korea Hydro & Nuclear Power. "The attacks bear the hallmarks of Pyongyang," spokesperson Park Ji-won told Yonhap News Agency. North Korea\'s state news agency KCNA dismissed the accusation as a fabrication.',
    actors: [
      a('South Korea', 'country'),
      a('National Intelligence Service', 'agency', 'South Korea'),
      a('North Korea', 'country'),
      a('Kimsuky', 'threat_group'),
      a('Korea Hydro & Nuclear Power', 'company'),
      a('Park Ji-won', 'person'),
      a(['Yonhap', 'Yonhap News Agency'], 'media'),
      a(['Korean Central News Agency', 'KCNA'], 'media'),
    ],
  },
  {
    id: 'germany-espionage-trial',
    text: 'A court in Munich on Thursday sentenced a German-Russian man to six years in prison for spying for Russia\'s military intelligence service, the GRU. The Higher Regional Court found that Dieter S., 39, had passed photographs of military sites to a handler. The Federal Prosecutor\'s Office had accused him of planning sabotage on behalf of Moscow. The Kremlin rejected the verdict, Der Spiegel reported.',
    actors: [
      a('Russia', 'country'),
      a(['Main Intelligence Directorate', 'GRU'], 'agency', 'Russia'),
      a('Higher Regional Court', 'agency'),
      a('Dieter S.', 'person'),
      a("Federal Prosecutor's Office", 'agency'),
      a('Der Spiegel', 'media'),
    ],
  },
  {
    id: 'us-iran-sanctions',
    text: 'The U.S. Treasury Department on Wednesday imposed sanctions on three Iranian firms and a Hong Kong-based shipping company, Golden Sea Trading Ltd, accusing them of helping Iran\'s Revolutionary Guards sell oil to China. Treasury Secretary Janet Yellen said the network had funneled hundreds of millions of dollars to Tehran. Iran\'s Foreign Ministry spokesman Nasser Kanaani called the measures illegal, the semi-official Tasnim news agency reported.',
    actors: [
      a('United States', 'country'),
      a(['Department of the Treasury', 'Treasury Department'], 'agency', 'United States'),
      a('Iran', 'country'),
      a('Golden Sea Trading Ltd', 'company'),
      a(['Islamic Revolutionary Guard Corps', 'Revolutionary Guards'], 'agency', 'Iran'),
      a('China', 'country'),
      a('Janet Yellen', 'person', 'Department of the Treasury'),
      a(['Foreign Ministry', "Iran's Foreign Ministry"], 'agency', 'Iran'),
      a('Nasser Kanaani', 'person'),
      a(['Tasnim News Agency', 'Tasnim'], 'media'),
    ],
    optional: ['Hong Kong'],
  },
  {
    id: 'kenya-protests',
    text: 'Kenyan police fired tear gas at protesters in Nairobi on Tuesday as thousands marched against a new finance bill. Amnesty International Kenya accused the National Police Service of using excessive force, saying at least 23 people had been killed. Interior Cabinet Secretary Kithure Kindiki denied the allegations, telling the Daily Nation that officers had acted lawfully. Citizen TV showed footage of officers beating a journalist.',
    actors: [
      a('Kenya', 'country'),
      a(['Amnesty International Kenya', 'Amnesty International'], 'other_org'),
      a('National Police Service', 'agency'),
      a('Kithure Kindiki', 'person'),
      a('Daily Nation', 'media'),
      a('Citizen TV', 'media'),
    ],
  },
  {
    id: 'brazil-court-platform',
    text: 'Brazil\'s Supreme Federal Court on Monday ordered X Corp to suspend dozens of accounts accused of spreading disinformation. Justice Alexandre de Moraes wrote that the company had ignored earlier rulings. The Federal Police opened an investigation into the accounts, according to Folha de S.Paulo. Elon Musk, who owns the platform, called the judge a dictator.',
    actors: [
      a('Brazil', 'country'),
      a('Supreme Federal Court', 'agency', 'Brazil'),
      a('X Corp', 'company'),
      a('Alexandre de Moraes', 'person'),
      a('Federal Police', 'agency'),
      a('Folha de S.Paulo', 'media'),
      a('Elon Musk', 'person'),
    ],
  },
  {
    id: 'india-pakistan-attack',
    text: "India's Ministry of External Affairs on Friday accused Pakistan of sheltering the militants behind the attack in Pahalgam. Pakistan's Foreign Office rejected the charge as baseless, spokeswoman Mumtaz Zahra Baloch told reporters in Islamabad. The Press Trust of India said the National Investigation Agency had arrested two suspects linked to Lashkar-e-Taiba.",
    actors: [
      a('India', 'country'),
      a('Ministry of External Affairs', 'agency', 'India'),
      a('Pakistan', 'country'),
      a('Foreign Office', 'agency', 'Pakistan'),
      a('Mumtaz Zahra Baloch', 'person'),
      a('Press Trust of India', 'media'),
      a('National Investigation Agency', 'agency'),
      a('Lashkar-e-Taiba', 'threat_group'),
    ],
  },
  {
    id: 'uk-china-electoral-hack',
    text: 'Downing Street said on Wednesday that China was behind a campaign to hack the Electoral Commission. Deputy Prime Minister Oliver Dowden told the House of Commons that two men had been charged under the National Security Act. The Chinese embassy in London called the accusations "completely fabricated", Sky News reported.',
    actors: [
      a('United Kingdom', 'country'),
      a('China', 'country'),
      a('Electoral Commission', 'agency'),
      a('Oliver Dowden', 'person'),
      a('House of Commons', 'agency', 'United Kingdom'),
      a('Sky News', 'media'),
    ],
  },
  {
    id: 'mali-french-media',
    text: "Mali's military government suspended the broadcasts of Radio France Internationale and France 24, accusing the French outlets of spreading false reports about abuses by the army. The Malian transitional authorities said Paris was trying to destabilise the country. Reporters Without Borders condemned the decision.",
    actors: [
      a('Mali', 'country'),
      a('Radio France Internationale', 'media'),
      a('France 24', 'media'),
      a('France', 'country'),
      a('Reporters Without Borders', 'other_org'),
    ],
  },
  {
    id: 'turkey-journalists',
    text: "The Istanbul Chief Public Prosecutor's Office on Saturday detained seven journalists over their coverage of the protests, the state-run Anadolu Agency reported. Turkey's Interior Minister Ali Yerlikaya wrote on X that the suspects had incited violence. The Committee to Protect Journalists urged Ankara to release them immediately.",
    actors: [
      a(["Istanbul Chief Public Prosecutor's Office", "Chief Public Prosecutor's Office"], 'agency'),
      a('Anadolu Agency', 'media'),
      a('Turkey', 'country'),
      a('Ali Yerlikaya', 'person', 'Turkey'),
      a('Committee to Protect Journalists', 'other_org'),
    ],
  },
  {
    id: 'nigeria-dss',
    text: "Nigeria's Department of State Services said it had arrested a suspected financier of Boko Haram in Kano. DSS spokesman Peter Afunanya told Channels Television that the suspect had moved funds for the group through bureaux de change. The suspect's lawyer, Femi Falana, said his client was innocent, according to Premium Times, an online newspaper.",
    actors: [
      a('Nigeria', 'country'),
      a(['Department of State Services', 'DSS'], 'agency', 'Nigeria'),
      a('Boko Haram', 'threat_group'),
      a('Peter Afunanya', 'person'),
      a('Channels Television', 'media'),
      a('Femi Falana', 'person'),
      a('Premium Times', 'media'),
    ],
  },
  {
    id: 'mexico-cartel-bribes',
    text: "Mexico's Attorney General's Office charged a former security chief with taking bribes from the Sinaloa Cartel, the newspaper El Universal reported on Sunday. President Claudia Sheinbaum said the case showed that no one was above the law. The U.S. Drug Enforcement Administration had first flagged the payments in 2019, according to Reuters.",
    actors: [
      a('Mexico', 'country'),
      a(["Attorney General's Office", "Mexico's Attorney General's Office"], 'agency', 'Mexico'),
      a('Sinaloa Cartel', 'threat_group'),
      a('El Universal', 'media'),
      a('Claudia Sheinbaum', 'person'),
      a('United States', 'country'),
      a(['Drug Enforcement Administration', 'DEA'], 'agency', 'United States'),
      a('Reuters', 'media'),
    ],
  },
  {
    id: 'australia-asio',
    text: 'Australia\'s spy agency ASIO said a foreign intelligence service had recruited a former politician to pass information to Beijing. ASIO chief Mike Burgess declined to name the country, but The Sydney Morning Herald reported that officials believed China\'s Ministry of State Security was responsible. China\'s embassy in Canberra said the claims were "groundless", the ABC reported.',
    actors: [
      a('Australia', 'country'),
      a(['Australian Security Intelligence Organisation', 'ASIO'], 'agency', 'Australia'),
      a('China', 'country'),
      a('Mike Burgess', 'person', 'Australian Security Intelligence Organisation'),
      a(['Sydney Morning Herald', 'The Sydney Morning Herald'], 'media'),
      a('Ministry of State Security', 'agency', 'China'),
      a(['Australian Broadcasting Corporation', 'ABC'], 'media'),
    ],
  },
  {
    id: 'ukraine-sandworm',
    text: "Ukraine's State Service of Special Communications and Information Protection said Russian military hackers from the Sandworm group had attacked the mobile operator Kyivstar. The SBU security service opened a criminal case, Ukrinform reported. Moscow has not commented on the accusations.",
    actors: [
      a('Ukraine', 'country'),
      a('State Service of Special Communications and Information Protection', 'agency', 'Ukraine'),
      a('Russia', 'country'),
      a('Sandworm', 'threat_group'),
      a('Kyivstar', 'company'),
      a(['Security Service of Ukraine', 'SBU'], 'agency'),
      a('Ukrinform', 'media'),
    ],
  },
  {
    id: 'philippines-coast-guard',
    text: 'The Philippine Coast Guard accused Chinese vessels of firing water cannon at a supply boat near Second Thomas Shoal. China\'s foreign ministry spokesperson Mao Ning said Manila had provoked the incident. The Global Times, a tabloid run by the Communist Party\'s People\'s Daily, called the Philippine claims "a smear".',
    actors: [
      a('Philippine Coast Guard', 'agency', 'Philippines'),
      a('Philippines', 'country'),
      a('China', 'country'),
      a(['foreign ministry', "China's foreign ministry", 'Foreign Ministry'], 'agency', 'China'),
      a('Mao Ning', 'person'),
      a('Global Times', 'media'),
      a("People's Daily", 'media'),
    ],
    optional: ['Communist Party', 'Chinese Communist Party'],
  },
  {
    id: 'israel-hezbollah',
    text: "Israel's military said Hezbollah had fired dozens of rockets at northern Israel, Lebanon's Al-Mayadeen television reported. Iran's foreign minister Abbas Araghchi warned that Tehran would respond to any attack. The Israel Defense Forces said its jets had struck sites belonging to the Iranian-backed group.",
    actors: [
      a('Israel', 'country'),
      a('Hezbollah', 'threat_group'),
      a('Lebanon', 'country'),
      a(['Al Mayadeen', 'Al-Mayadeen'], 'media'),
      a('Iran', 'country'),
      a('Abbas Araghchi', 'person', 'Iran'),
      a(['Israel Defense Forces', 'IDF'], 'agency', 'Israel'),
    ],
  },
  {
    id: 'austria-spy-web-outlet',
    text: "Austria's Directorate of State Protection and Intelligence arrested a former officer suspected of spying for Russia, the news site oe24.at reported. Interior Minister Gerhard Karner told the broadcaster ORF that the man had sold mobile phone data to Moscow. The Vienna public prosecutor's office confirmed the arrest.",
    actors: [
      a('Austria', 'country'),
      a('Directorate of State Protection and Intelligence', 'agency', 'Austria'),
      a('Russia', 'country'),
      a('oe24.at', 'media'),
      a('Gerhard Karner', 'person'),
      a('ORF', 'media'),
    ],
    optional: ["Vienna public prosecutor's office"],
  },
  {
    id: 'egypt-blogger',
    text: "Egypt's Supreme State Security Prosecution ordered the detention of a blogger accused of spreading false news, Al-Ahram reported. Human Rights Watch called the charges politically motivated. Cairo has repeatedly denied holding political prisoners.",
    actors: [
      a('Egypt', 'country'),
      a('Supreme State Security Prosecution', 'agency', 'Egypt'),
      a(['Al-Ahram', 'Al Ahram'], 'media'),
      a('Human Rights Watch', 'other_org'),
    ],
  },
];

/**
 * Second batch, written after the rules were fixed on the first one and before the
 * extractor was run on these texts (a held-out check of generality).
 */
export const GENERALITY_CASES_2: readonly GeneralityCase[] = [
  {
    id: 'poland-sabotage-arrests',
    text: "Poland's Internal Security Agency detained three Belarusian citizens suspected of planning arson attacks on behalf of Russian intelligence, Prime Minister Donald Tusk said on Friday. Justice Minister Adam Bodnar told the broadcaster TVN24 that prosecutors had evidence of payments from Moscow. The Belarusian state agency BelTA called the arrests a provocation.",
    actors: [
      a('Poland', 'country'),
      a('Internal Security Agency', 'agency', 'Poland'),
      a('Russia', 'country'),
      a('Donald Tusk', 'person'),
      a('Adam Bodnar', 'person'),
      a('TVN24', 'media'),
      a('BelTA', 'media'),
      a('Belarus', 'country'),
    ],
  },
  {
    id: 'indonesia-data-breach',
    text: "Indonesia's National Cyber and Crypto Agency said hackers linked to the LockBit ransomware gang had encrypted servers of the national data centre, disrupting immigration services at airports. Communications Minister Budi Arie Setiadi told Kompas that no ransom would be paid. The attackers demanded $8 million, the Jakarta Globe reported.",
    actors: [
      a('Indonesia', 'country'),
      a('National Cyber and Crypto Agency', 'agency', 'Indonesia'),
      a('LockBit', 'threat_group'),
      a('Budi Arie Setiadi', 'person'),
      a('Kompas', 'media'),
      a('Jakarta Globe', 'media'),
    ],
  },
  {
    id: 'south-africa-corruption-trial',
    text: "The National Prosecuting Authority on Tuesday charged former Eskom executive Thandiwe Nkosi with fraud over contracts worth 1.2 billion rand. NPA spokesperson Bulelwa Makeke said the Hawks had traced payments to a Dubai-registered firm, Gold Crest Holdings. Nkosi's lawyer rejected the charges, News24 reported.",
    actors: [
      a('National Prosecuting Authority', 'agency'),
      a('Eskom', 'company'),
      a('Thandiwe Nkosi', 'person'),
      a('Bulelwa Makeke', 'person', 'National Prosecuting Authority'),
      a(['Hawks', 'Directorate for Priority Crime Investigation'], 'agency'),
      a('Gold Crest Holdings', 'company'),
      a('News24', 'media'),
    ],
    optional: ['South Africa'],
  },
  {
    id: 'japan-china-espionage',
    text: "Tokyo on Wednesday protested to Beijing after a Japanese employee of Astellas Pharma was sentenced to 3 1/2 years in prison for espionage by the Beijing No. 2 Intermediate People's Court. Chief Cabinet Secretary Yoshimasa Hayashi called the verdict regrettable. Chinese foreign ministry spokesman Lin Jian said the case was handled in accordance with the law, according to Kyodo News.",
    actors: [
      a('Japan', 'country'),
      a('China', 'country'),
      a('Astellas Pharma', 'company'),
      a(["Beijing No. 2 Intermediate People's Court", "Intermediate People's Court"], 'agency'),
      a('Yoshimasa Hayashi', 'person'),
      a(['Chinese foreign ministry', 'foreign ministry'], 'agency', 'China'),
      a('Lin Jian', 'person', 'Chinese foreign ministry'),
      a('Kyodo News', 'media'),
    ],
  },
  {
    id: 'colombia-ceasefire',
    text: "Colombia's Attorney General's Office accused dissidents of the former FARC guerrilla group of recruiting children in Cauca, the newspaper El Tiempo reported. Defence Minister Iván Velásquez said the army would step up operations. The rebels denied the accusation in a statement published by Caracol Radio.",
    actors: [
      a('Colombia', 'country'),
      a(["Attorney General's Office", "Attorney General's Office of Colombia"], 'agency', 'Colombia'),
      a(['FARC', 'Revolutionary Armed Forces of Colombia'], 'threat_group'),
      a('El Tiempo', 'media'),
      a('Iván Velásquez', 'person'),
      a('Caracol Radio', 'media'),
    ],
  },
  {
    id: 'saudi-dissident-court',
    text: "Saudi Arabia's Specialized Criminal Court sentenced a retired teacher to death over posts on X and YouTube criticising the government, rights group ALQST said. The Saudi Press Agency did not report the verdict. A spokesman for the UN Office of the High Commissioner for Human Rights said Riyadh should quash the sentence.",
    actors: [
      a('Saudi Arabia', 'country'),
      a('Specialized Criminal Court', 'agency', 'Saudi Arabia'),
      a('ALQST', 'other_org'),
      a('Saudi Press Agency', 'media'),
      a(['Office of the High Commissioner for Human Rights', 'UN Office of the High Commissioner for Human Rights', 'OHCHR'], 'intl_org'),
    ],
    optional: ['United Nations', 'UN'],
  },
];
