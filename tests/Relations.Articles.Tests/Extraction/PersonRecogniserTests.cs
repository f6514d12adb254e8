using System.Text.Json;
using Relations.Articles.Extraction;
using Relations.Articles.Parsing;
using Relations.Articles.Reference;
using Relations.Articles.Values;

namespace Relations.Articles.Tests.Extraction;

public partial class PersonRecogniserTests
{
    private static readonly PersonRecogniser Recogniser = new(Gazetteer.Default, KnownNames.LoadDefault());

    // Rules alone, no curated names: what an article about people nobody listed gets.
    private static readonly PersonRecogniser RulesOnly = new(Gazetteer.Default, KnownNames.Empty());

    [Theory]
    // Seed sentences.
    [InlineData("In July 1957, North Vietnam President Ho Chi Minh visited North Korea; North Korean prime minister Kim Il Sung visited North Vietnam in November–December 1958 and November 1964.", "Ho Chi Minh|Kim Il Sung")]
    [InlineData("Relations cooled in the 1990s under the military government of Sani Abacha.", "Sani Abacha")]
    [InlineData("Under Hosni Mubarak ambassadors were exchanged again in 1984.", "Hosni Mubarak")]
    [InlineData("The Army of the Andes, led by José de San Martín and Bernardo O'Higgins, crossed the cordillera.", "José de San Martín|Bernardo O'Higgins")]
    [InlineData("In 1981 Sadat expelled the Soviet ambassador, Vladimir Polyakov, together with several hundred diplomats.", "Sadat|Vladimir Polyakov")]
    [InlineData("In 1963 King Hassan II made his first state visit to France.", "Hassan II")]
    [InlineData("Relations recovered under Georges Pompidou and Valéry Giscard d'Estaing.", "Georges Pompidou|Valéry Giscard d'Estaing")]
    [InlineData("Under President Daniel arap Moi, Kenya stayed out of the conflict.", "Daniel arap Moi")]
    [InlineData("Syrian President Bashar al-Assad visited Tehran in 2007.", "Bashar al-Assad")]
    [InlineData("Foreign Minister Tariq al-Hashimi arrived in Zagreb on 10 December 2001.", "Tariq al-Hashimi")]
    [InlineData("Abdel Fattah el-Sisi visited Moscow in 2014.", "Abdel Fattah el-Sisi")]
    [InlineData("Franklin D. Roosevelt met Manuel Ávila Camacho in Monterrey on 20 April 1943.", "Franklin D. Roosevelt|Manuel Ávila Camacho")]
    [InlineData("Rajiv Gandhi was received in Islamabad by Benazir Bhutto on 29 December 1988.", "Rajiv Gandhi|Benazir Bhutto")]
    [InlineData("John Howard and Shinzō Abe signed the declaration in Tokyo.", "John Howard|Shinzō Abe")]
    [InlineData("Houari Boumédiène nationalised the oil interests on 24 February 1971.", "Houari Boumédiène")]
    [InlineData("In January 2025, the foreign ministers Radosław Sikorski and Andrii Sybiha announced an agreement.", "Radosław Sikorski|Andrii Sybiha")]
    [InlineData("Kim Il Sung is reported to have told his pilots to \"fight in the war as if the Vietnamese sky were their own.\"", "Kim Il Sung")]
    [InlineData("During the Cambodian–Vietnamese War, the North Korean leadership condemned the Vietnamese invasion of Cambodia, refused to recognize the People's Republic of Kampuchea, and allowed the exiled Norodom Sihanouk to stay in Korea.", "Norodom Sihanouk")]
    [InlineData("According to historian Balazs Szalontai, Vietnam came to resent what it saw as North Korea's self-centred behaviour.", "Balazs Szalontai")]
    [InlineData("During the same time, Pol Pot, General Secretary of the Communist Party of Kampuchea and the leader of Khmer Rouge, managed to have a visit to North Korea.", "Pol Pot")]
    [InlineData("Kim Jong Un came to Vietnam on February 26, 2019, on a 60-hour train ride to attend the Hanoi Summit with U.S. President Donald Trump.", "Kim Jong Un|Donald Trump")]
    [InlineData("On March 1 and 2, Kim Jong Un made an official visit to Vietnam, 60 years after his grandfather Kim Il Sung's first visit to the country.", "Kim Jong Un|Kim Il Sung")]
    [InlineData("He met the Vietnamese President and General Secretary Nguyễn Phú Trọng, Prime Minister Nguyễn Xuân Phúc and National Assembly Chairwoman Nguyễn Thị Kim Ngân.", "Nguyễn Phú Trọng|Nguyễn Xuân Phúc|Nguyễn Thị Kim Ngân")]
    [InlineData("General Secretary Tô Lâm visited North Korea in October 2025 to meet Kim Jong Un.", "Tô Lâm|Kim Jong Un")]
    [InlineData("Kim Jong Un welcomed the General Secretary Tô Lâm on October 9, 2025, marking the first visit by Tô Lâm while holding the supreme leadership position of the Communist Party of Vietnam.", "Kim Jong Un|Tô Lâm|Tô Lâm")]
    [InlineData("Che Guevara, then a Cuban government minister, visited North Korea in September 1960 and proclaimed it a model for Cuba to follow.", "Che Guevara")]
    [InlineData("North Korean leader Kim Il Sung personally made an apology to the Cuban government due to the incident.", "Kim Il Sung")]
    [InlineData("In 1968, Raúl Castro stated their views were \"completely identical on everything\".", "Raúl Castro")]
    [InlineData("Cuban leader Fidel Castro visited in 1986.", "Fidel Castro")]
    [InlineData("After Fidel Castro's death in 2016, the North Korean government declared a three-day mourning period.", "Fidel Castro")]
    [InlineData("In 2018, the new Cuban President Miguel Díaz-Canel visited North Korea, stressing socialist solidarity.", "Miguel Díaz-Canel")]
    [InlineData("For his birthday in 2021 Kim Jong Un sent Diaz-Canel a floral basket via the country's ambassador.", "Kim Jong Un|Diaz-Canel")]
    [InlineData("In November 2023, Ri Il Gyu, a political counselor at the North Korean embassy in Cuba defected to South Korea.", "Ri Il Gyu")]
    [InlineData("Fidel Castro wrote that in the 1980s Kim Il Sung, \"a veteran and irreproachable combatant, sent us 100,000 AK-47 rifles\".", "Fidel Castro|Kim Il Sung")]
    // Other articles: titles inside the name run.
    [InlineData("Indonesian President Sukarno visited Cuba in 1960.", "Sukarno")]
    [InlineData("Foreign Minister Ri Yong-ho met his counterpart in Hanoi.", "Ri Yong-ho")]
    [InlineData("Prime Minister Phạm Văn Đồng signed the agreement in Beijing.", "Phạm Văn Đồng")]
    [InlineData("In 1972, U.S. President Richard Nixon travelled to Beijing.", "Richard Nixon")]
    [InlineData("Vice President Kamala Harris toured the region in 2021.", "Kamala Harris")]
    [InlineData("Dr. Jane Goodall spoke to the delegates.", "Jane Goodall")]
    [InlineData("Its envoy, Madame Trương Mỹ Hoa, stopped in Algiers on her way home.", "Trương Mỹ Hoa")]
    [InlineData("Mme. Vũ Thị Lan and Monsieur Pierre Lavoie signed for their governments.", "Vũ Thị Lan|Pierre Lavoie")]
    // "is hosted", "was received": a form of "to be" before the verb.
    [InlineData("- 3–5 May 1983: Mohammad Hassan Sharq is hosted in Hanoi by Trường Chinh", "Mohammad Hassan Sharq|Trường Chinh")]
    [InlineData("Weeks later Nur Taraki was killed on the orders of Hafizullah Amin.", "Nur Taraki|Hafizullah Amin")]
    [InlineData("The sinologist Jarosław Nowak had laid the foundations of the institute.", "Jarosław Nowak")]
    [InlineData("Girma Wolde was due in Hanoi in May 2009, but the trip was postponed.", "Girma Wolde")]
    // Lower-case role nouns before the name.
    [InlineData("The talks were chaired by Soviet premier Alexei Kosygin in Hanoi.", "Alexei Kosygin")]
    [InlineData("Chinese leader Deng Xiaoping warned Hanoi in 1979.", "Deng Xiaoping")]
    [InlineData("The book by journalist Bradley Martin describes the visit.", "Bradley Martin")]
    [InlineData("His son Kim Jong Nam lived in Macau.", "Kim Jong Nam")]
    // Appositions.
    [InlineData("Nguyễn Văn Linh, the party chief, received the delegation.", "Nguyễn Văn Linh")]
    [InlineData("The treaty was negotiated by Le Duc Tho, a senior Politburo member and diplomat, in Paris.", "Le Duc Tho")]
    [InlineData("The visit was led by Chen Yi, who was then the Chinese foreign minister.", "Chen Yi")]
    // Verbs of action and speech.
    [InlineData("In 1975 Bounthanh Sihavong announced the opening of the consulate.", "Bounthanh Sihavong")]
    [InlineData("Later Juan Almeida met officials in Pyongyang.", "Juan Almeida")]
    [InlineData("Ana María Vega said the relationship was strong.", "Ana María Vega")]
    [InlineData("Charles de Gaulle visited Phnom Penh in 1966.", "Charles de Gaulle")]
    // Possessives with a personal noun.
    [InlineData("Ramón Ortiz's visit to Seoul was the first by a minister.", "Ramón Ortiz")]
    [InlineData("After Joseph Stalin's death, relations improved.", "Joseph Stalin")]
    [InlineData("The embassy lowered its flag for Hugo Chávez's funeral.", "Hugo Chávez")]
    // Person-only adjectives.
    [InlineData("The monument honours the late Kim Dae-jung and his policy.", "Kim Dae-jung")]
    [InlineData("Pyongyang hosted the deposed Lon Nol briefly.", "Lon Nol")]
    [InlineData("The assassinated Benigno Aquino was remembered in Manila.", "Benigno Aquino")]
    [InlineData("In January 1995, during the peso crisis, President Bill Clinton assembled a rescue package.", "Bill Clinton")]
    [InlineData("After Park Chung-hee seized power in 1961, negotiations resumed.", "Park Chung-hee")]
    [InlineData("Miguel de la Madrid visited Washington in 1983.", "Miguel de la Madrid")]
    [InlineData("In 2000 Fernando de la Rúa met Bill Clinton.", "Fernando de la Rúa|Bill Clinton")]
    [InlineData("The guerrilla leader Carlos de los Santos was arrested in 1970.", "Carlos de los Santos")]
    [InlineData("Alfred Milner, the new Governor-General, arrived in Cape Town in 1897.", "Alfred Milner")]
    [InlineData("Louis Botha, then Commander-in-Chief, led the delegation in 1919.", "Louis Botha")]
    [InlineData("In 1946 Jan Masaryk visited Moscow.", "Jan Masaryk")]
    [InlineData("In 2012 Mar Roxas visited Hanoi.", "Mar Roxas")]
    [InlineData("In May Kim Il Sung visited Hanoi.", "Kim Il Sung")]
    [InlineData("In 2004 the president travelled to Kyiv to mediate between Viktor Yushchenko and Viktor Yanukovych.", "Viktor Yushchenko|Viktor Yanukovych")]
    [InlineData("The talks between Ivan Petrov and Olga Marchenko failed.", "Ivan Petrov|Olga Marchenko")]
    // Ranks, compound titles, professions in appositions, objects of hosting, "the murder of X", a role after "as".
    [InlineData("The plane flown by Major Ivan Kozlov was hit in 1962.", "Ivan Kozlov")]
    [InlineData("- 1999: Chief of Staff Omar Haddad led a delegation to Hanoi.", "Omar Haddad")]
    [InlineData("The photographs showed Pak Song-ho, an engineer from Nampo, at the site.", "Pak Song-ho")]
    [InlineData("In 2017 Kim Yong-nam hosted Tran Dai Quang in Pyongyang.", "Kim Yong-nam|Tran Dai Quang")]
    [InlineData("The murder of Jorge Alvarado, editor of El Diario, shocked the country.", "Jorge Alvarado")]
    [InlineData("The party took power with Sihavong Khamsing as prime minister and Phetsarath as president.", "Sihavong Khamsing|Phetsarath")]
    [InlineData("Reza Shah Pahlavi visited Ankara in June 1934.", "Reza Shah Pahlavi")]
    [InlineData("In 1950 Shah Mohammad Reza Pahlavi visited Ankara.", "Mohammad Reza Pahlavi")]
    [InlineData("In 1959 Havana marked the fall of Marcos Pérez Jiménez.", "Marcos Pérez Jiménez")]
    [InlineData("In 2017 he attended the second inauguration of Hassan Rouhani.", "Hassan Rouhani")]
    [InlineData("Ivan Petrov was named the first Soviet ambassador later that month.", "Ivan Petrov")]
    [InlineData("In 1921 partisans drove the White forces of Roman von Ungern-Sternberg out of Urga.", "Roman von Ungern-Sternberg")]
    [InlineData("In 2019 Cuba supported Nicolás Maduro against Juan Guaidó.", "Nicolás Maduro|Juan Guaidó")]
    [InlineData("In 2022 A. K. Abdul Momen flew to Hanoi.", "A. K. Abdul Momen")]
    [InlineData("In 1979 Maurice Bishop visited Havana.", "Maurice Bishop")]
    [InlineData("John Major visited Moscow in 1991.", "John Major")]
    [InlineData("Prime Minister Sheikh Hasina visited Hanoi in 1997.", "Sheikh Hasina")]
    [InlineData("The government of Sheikh Mujibur Rahman fell in 1975.", "Sheikh Mujibur Rahman")]
    [InlineData("In 1976 Sheikh Jaber Al-Ahmad Al-Sabah visited Cairo.", "Jaber Al-Ahmad Al-Sabah")]
    // An office after a title, a compound of two titles, "Adviser"; a person of a country; a country or forces a person held.
    [InlineData("In 1985 he met Secretary of State George Shultz in Geneva.", "George Shultz")]
    [InlineData("Minister for Foreign Affairs Ana Pérez arrived in 2001.", "Ana Pérez")]
    [InlineData("The cabinet of Governor-General Clarence Seignoret resigned in 1990.", "Clarence Seignoret")]
    [InlineData("In 1987 he was greeted by National Security Adviser Frank Carlucci.", "Frank Carlucci")]
    [InlineData("In 1971 Rashidi Kawawa of Tanzania flew to Beijing.", "Rashidi Kawawa")]
    [InlineData("The talks between Hastings Banda of Malawi and the Portuguese began in 1967.", "Hastings Banda")]
    [InlineData("In 1962 Moscow courted Ahmed Ben Bella's Algeria.", "Ahmed Ben Bella")]
    [InlineData("In 1961 Pathet Lao units joined Souvanna Phouma's neutralist forces.", "Souvanna Phouma")]
    [InlineData("In 1975 the airlift was run through the network of Tiny Rowland.", "Tiny Rowland")]
    // The object of a deed done to a person; a participle other than -ed before "by"; a defeat by a person.
    [InlineData("In 1966 the army ousted Idris Mahdi while he was in Beijing.", "Idris Mahdi")]
    [InlineData("In 1953 Moscow arrested Lavrentiy Beria.", "Lavrentiy Beria")]
    [InlineData("In 1959 the visitors were met at the airport by Fulgencio Reyes.", "Fulgencio Reyes")]
    [InlineData("The defeat by Milton Obote in 1980 ended the experiment.", "Milton Obote")]
    // A role right before the comma of an apposition that ends the sentence; a lower-case role before the name.
    [InlineData("In 1979 the envoy warned Taraki against his deputy, Lukas Berger.", "Lukas Berger")]
    [InlineData("In 1976 an Ethiopian woman, Almaz Bekele, was released.", "Almaz Bekele")]
    [InlineData("In 1965 the court spared the young communist Le Van Tam.", "Le Van Tam")]
    // A past tense not in -ed, and a person beside a movement before one verb.
    [InlineData("In 1968 Alexander Dubček broke with the hard-liners.", "Alexander Dubček")]
    [InlineData("In 1974 Sergio Ramírez and the Tercerista Front fought on.", "Sergio Ramírez")]
    // A list of names before one verb.
    [InlineData("Carlos Ruiz, Tomás Vega and Silvio Mora founded the movement in 1961.", "Carlos Ruiz|Tomás Vega|Silvio Mora")]
    public void FindsThePeopleASentenceNames(string sentence, string expected)
    {
        var names = Recogniser.Find(sentence).Select(m => m.Name);
        Assert.Equal(expected.Split('|'), names);
    }

    // Names nobody listed, found by the words around them or as the name a list item opens with.
    [Theory]
    [InlineData("Olumide Bakare went to Brasília in October 2000.", "Olumide Bakare")]
    [InlineData("Ruslan Bekov took office as chairman in 2004.", "Ruslan Bekov")]
    [InlineData("Mirela Dobre oversaw the first shipment in 2019.", "Mirela Dobre")]
    [InlineData("Tomasz Wrona spent a week in Kyiv in 2014.", "Tomasz Wrona")]
    [InlineData("A clash at Laguna del Desierto left one officer dead in 1965.", "")]
    [InlineData("July 1976: Amadou Sissoko, at the party congress", "Amadou Sissoko")]
    [InlineData("1983: Foreign Minister Amadou Sissoko (for talks)", "Amadou Sissoko")]
    [InlineData("Amadou Sissoko (1984)", "Amadou Sissoko")]
    [InlineData("Amadou Sissoko, October 1984", "Amadou Sissoko")]
    [InlineData("Amadou Sissoko: 14–19 August 1961; 24 February 1966", "Amadou Sissoko")]
    [InlineData("10–12 November 2024 – Amadou Sissoko", "Amadou Sissoko")]
    [InlineData("Amadou Sissoko (Prime Minister of Mali) – Havana, 3–5 May 1984, for the summit", "Amadou Sissoko")]
    [InlineData("Amadou Sissoko (President) – Havana, 1984", "Amadou Sissoko")]
    [InlineData("Amadou Sissoko – Havana, 1984", "Amadou Sissoko")]
    [InlineData("Treaty Ports – the coast and its hinterland", "")]
    [InlineData("Relations were established during Amadou Sissoko's stay in Havana in 1962.", "Amadou Sissoko")]
    [InlineData("The best-known victim, Aiko Tanaka, was seized in 1977.", "Aiko Tanaka")]
    [InlineData("In 1963 the troops landed under the command of Rafael Ortega.", "Rafael Ortega")]
    [InlineData("The commission's commissioner, Marek Nowak, carried messages in 1966.", "Marek Nowak")]
    [InlineData("Angola applied to the Council for Mutual Economic Assistance in 1976.", "")]
    [InlineData("In 1986 Tendai Moyo's National Liberation Army took the capital.", "Tendai Moyo")]
    [InlineData("In 1964 Beijing gave Ali Hassan's Revolutionary Council a grant.", "Ali Hassan")]
    [InlineData("In 1950 the Korean People's Army crossed the parallel.", "")]
    [InlineData("Hyundai Engineering completed the bridge in 1998.", "")]
    [InlineData("Samsung Electronics opened its first plant in 2009.", "")]
    [InlineData("Vietnam Airlines announced a route to Busan in 2016.", "")]
    [InlineData("The accord was signed on 10 January 1966 by Tomasz Wrona and Amadou Sissoko.", "Tomasz Wrona|Amadou Sissoko")]
    [InlineData("Cubana de Aviación opened a route to Kingston in 1975.", "")]
    [InlineData("The Party Congress (1976) met in Havana.", "")]
    [InlineData("Treaty Ports, at the coast, stayed open in 1976.", "")]
    [InlineData("The congress heard Politburo member Tomasz Wrona in 1976.", "Tomasz Wrona")]
    [InlineData("The talks were chaired by Vice-Chairman Amadou Sissoko in 1976.", "Amadou Sissoko")]
    [InlineData("The Vice-Chairman of the Council spoke in 1976.", "")]
    [InlineData("Moscow recognised the republic within hours of its proclamation by Samora Machel, and relations were established in 1975.", "Samora Machel")]
    [InlineData("The republic was recognised after a speech by Samora Machel in 1975.", "Samora Machel")]
    [InlineData("The statement by Foreign Ministry officials came in 1976.", "")]
    [InlineData("In 1999 the visit of Tomasz Wrona to Hanoi was cut short.", "Tomasz Wrona")]
    [InlineData("A trip by Amadou Sissoko to Bamako followed in 1984.", "Amadou Sissoko")]
    [InlineData("A visit by Vietnam Airlines crews to Busan followed in 2016.", "")]
    [InlineData("Tomasz Wrona, Sissoko's second-in-command, led the delegation in 1979.", "Tomasz Wrona")]
    [InlineData("In 1968 the invasion ended Tomasz Wrona's reforms.", "Tomasz Wrona")]
    [InlineData("25 February 1990: Amadou Sissoko defeats the incumbent at the polls.", "Amadou Sissoko")]
    [InlineData("The government accused them of channelling money to Amadou Sissoko's rebels in 1971.", "Amadou Sissoko")]
    [InlineData("Amadou Sissoko, inaugurated on 8 June 1992, revived the partnership.", "Amadou Sissoko")]
    [InlineData("The Treaty of Bamako Falls, signed on 2 February 1848, ended the war.", "")]
    [InlineData("The Cuban leader was in Tripoli when the General People's Congress met in 1977.", "")]
    [InlineData("In 1998 the Bamako International Prize for Human Rights went to a Cuban.", "")]
    [InlineData("Amadou Sissoko, Malian Secretary for Foreign Liaison, came in 2008.", "Amadou Sissoko")]
    [InlineData("A visit to Bamako by Tomasz Wrona, announced for 1968, was called off.", "Tomasz Wrona")]
    [InlineData("A trip to North Korea by Amadou Sissoko in 2016 never took place.", "Amadou Sissoko")]
    [InlineData("A visit to Bamako by Vietnam Airlines crews followed in 2016.", "")]
    [InlineData("Amadou Sissoko to Hanoi, August 2001", "Amadou Sissoko")]
    [InlineData("Amadou Sissoko to Hanoi, 27–28 June 2013, when ties were upgraded", "Amadou Sissoko")]
    [InlineData("Treaty Ports to Hanoi, a route opened in 2001", "")]
    [InlineData("Tomasz Wrona nevertheless led a delegation to Havana in December 1975.", "Tomasz Wrona")]
    [InlineData("In 1968 Tomasz Wrona's reform programme attracted sympathy.", "Tomasz Wrona")]
    [InlineData("Interest revived under the policy of Tomasz Wrona's governments in 2010.", "Tomasz Wrona")]
    [InlineData("Chairman of the Council of State Tomasz Wrona visited Hanoi in 1960.", "Tomasz Wrona")]
    [InlineData("In July 2023 the two foreign ministers, Tomasz Wrona and Amadou Sissoko, signed a memorandum.", "Tomasz Wrona|Amadou Sissoko")]
    [InlineData("Tomasz Wrona, pushed aside by the party, was appointed ambassador in 1978.", "Tomasz Wrona")]
    [InlineData("In July 2023 the two cities, Treaty Ports and Bamako Falls, signed a memorandum.", "")]
    [InlineData("Foreign Minister August Wrona paid a visit in 1927.", "August Wrona")]
    [InlineData("In August Foreign Minister Tomasz Wrona came in 1988.", "Tomasz Wrona")]
    [InlineData("Aid came in 1982, after the declaration of martial law by Tomasz Wrona.", "Tomasz Wrona")]
    [InlineData("In 1999 the nurses were Tomasz Wrona and Amadou Sissoko.", "Tomasz Wrona|Amadou Sissoko")]
    [InlineData("In 1895 President Amadou Sissoko wrote to the Queen Regent of Spain.", "Amadou Sissoko")]
    public void FindsAnUnlistedNameByTheWordsAroundIt(string sentence, string expected) =>
        AssertRulesFind(sentence, expected);

    // A word that names things ("Park", "Bill") is a name word after a title, where no list is needed to tell.
    [Theory]
    [InlineData("Prime Minister Bill English visited Hanoi in 2017.", "Bill English")]
    [InlineData("In 2015 President Park Geun-hye travelled to Washington.", "Park Geun-hye")]
    [InlineData("The delegation stayed at the Park Hotel in 1965.", "")]
    [InlineData("In 1965 the President Hotel opened in Seoul.", "")]
    [InlineData("President Bill Clinton visited Hanoi in November 2000.", "Bill Clinton")]
    [InlineData("Foreign Minister Vu Park visited Seoul in 1993.", "Vu Park")]
    [InlineData("The Minister Park Hotel was opened in Seoul in 1965.", "")]
    public void TakesAThingWordInsideATitledNameWithoutAList(string sentence, string expected) =>
        AssertRulesFind(sentence, expected);

    // The names the rules alone find in a sentence, "|"-separated ("" for none).
    private static void AssertRulesFind(string sentence, string expected) =>
        Assert.Equal(expected.Split('|', StringSplitOptions.RemoveEmptyEntries), RulesOnly.Find(sentence).Select(m => m.Name));

    [Theory]
    [InlineData("The former Vietnamese ambassador to South Korea is a graduate of North Korea's Kim Il Sung University.")]
    [InlineData("Hungary was among the first Eastern Bloc states to recognise the new government.")]
    [InlineData("The son of a former staff member gave an interview in 2004 with South Korean newspaper The Chosun Ilbo about the experiences he had.")]
    [InlineData("In 2013, a North Korean ship, the Chong Chon Gang, was searched by the Panama Canal Authority while traveling through the Panama Canal.")]
    [InlineData("In 1963, North Korea sent flood aid to Cuba after Hurricane Flora.")]
    [InlineData("Also in 2016, the Workers' Party of Korea and the Communist Party of Cuba met to discuss strengthening ties.")]
    [InlineData("As a result of a decision of the Korean Workers' Party in October 1966, in early 1967 North Korea sent a fighter squadron.")]
    [InlineData("North Korea also provided supports for the Khmer Rouge during that time, sided with China during the Sino-Vietnamese War, and also demanded Vietnam to be removed from the Non-Aligned Movement.")]
    [InlineData("He was greatly welcomed by the Vietnamese officials and made a visit to the North Korean Embassy in Hanoi.")]
    [InlineData("Cuba was one of the few countries that showed solidarity with North Korea by boycotting the Seoul Olympics in 1988.")]
    [InlineData("From 1968, however, relations between Pyongyang and Hanoi started to deteriorate, and it reacted negatively to the Paris Peace Accords.")]
    [InlineData("During the Cold War, North Korea and Cuba forged a bond of solidarity based on their militant positions.")]
    [InlineData("In the 1990s and 2000s, North Korean-Vietnamese relations declined even more due to investment and trade disputes.")]
    [InlineData("This visit was confirmed by the Vietnamese Ministry of Foreign Affairs, and it was deemed as a success.")]
    [InlineData("North Vietnam rejected it on the grounds that such a front would exclude the Soviet Union and challenge Vietnamese dominance in Indochina.")]
    [InlineData("The North Korean leadership refused to recognize the People's Republic of Kampuchea.")]
    [InlineData("North Korean media has historically portrayed Cubans as comrades in the common cause of Juche.")]
    [InlineData("Cuba maintains an embassy in Pyongyang and North Korea maintains an embassy in Havana.")]
    [InlineData("Both countries agreed on tightening diplomatic ties in Seoul.")]
    [InlineData("The visit ended at Ho Chi Minh City, where the delegation said farewell.")]
    [InlineData("The convoy moved down the Ho Chi Minh Trail in 1965.")]
    [InlineData("Amnesty International said the trial was unfair.")]
    [InlineData("The Korean War ended in 1953 at Panmunjom.")]
    [InlineData("In 1979 Typhoon Hope struck the coast.")]
    [InlineData("The Rodong Sinmun wrote that the visit was a success.")]
    [InlineData("Prime Minister and the National Assembly met on Monday.")]
    [InlineData("The al-Aqsa Mosque was damaged by fire in 1969.")]
    [InlineData("Members of al-Qaeda attacked the embassy in 1998.")]
    [InlineData("The anti-American protests began in 1979.")]
    [InlineData("On Jan 5, 1990 the talks began.")]
    [InlineData("Talks resumed on Sept. 12 in Geneva.")]
    [InlineData("Two days later the freighters Kimovsk and Yuri Gagarin turned back.")]
    [InlineData("The cruiser Aurora and the ship Kim Jong Suk sailed in 1970.")]
    [InlineData("Hanoi served as capital of the north.")]
    [InlineData("The Phnom Penh–Sihanoukville Expressway opened in October 2022.")]
    [InlineData("The Lenin Prize was named the best award of the year.")]
    [InlineData("In January 2008 the Egyptian company Orascom Telecom signed an agreement.")]
    [InlineData("In 2018 he made his first trip to Asia as president.")]
    [InlineData("He toured Latin America as foreign minister.")]
    [InlineData("The country chose Geneva as the venue and Paris as the seat.")]
    [InlineData("The General Peace Accords signed in Rome in 1992 ended the war.")]
    [InlineData("In 2016 the pilgrims were guests of the Erdene Zuu Monastery.")]
    [InlineData("After Hurricanes Gustav and Ike struck the island in 2008, the aid came.")]
    [InlineData("In 1975 the Bank of Zambia and the Central Committee of the Party agreed.")]
    [InlineData("In 1962 the Gulf of Tonkin was patrolled, and the People's Republic of China protested.")]
    public void FindsNoPersonInSentencesWithoutOne(string sentence)
    {
        Assert.Empty(Recogniser.Find(sentence));
    }

    [Theory]
    [InlineData("North Korean leader Kim Il Sung personally made an apology.", "Kim Il Sung", "North Korean leader")]
    [InlineData("In 2018, the new Cuban President Miguel Díaz-Canel visited North Korea.", "Miguel Díaz-Canel", "new Cuban President")]
    [InlineData("He met the Vietnamese President and General Secretary Nguyễn Phú Trọng.", "Nguyễn Phú Trọng", "Vietnamese President and General Secretary")]
    [InlineData("He met National Assembly Chairwoman Nguyễn Thị Kim Ngân.", "Nguyễn Thị Kim Ngân", "National Assembly Chairwoman")]
    [InlineData("It was attended by U.S. President Donald Trump.", "Donald Trump", "U.S. President")]
    [InlineData("Raúl Castro stated their views.", "Raúl Castro", null)]
    public void KeepsTheRoleWordsBeforeAName(string sentence, string name, string? role)
    {
        var mention = Assert.Single(Recogniser.Find(sentence));
        Assert.Equal(name, mention.Name);
        Assert.Equal(role, mention.Role);
        Assert.Equal(name, sentence.Substring(mention.Start, mention.Length));
    }

    [Theory]
    [InlineData("President", (int)(WordClasses.Title | WordClasses.RoleNoun))]
    [InlineData("leaders", (int)(WordClasses.RoleNoun | WordClasses.PluralRoleNoun))]
    [InlineData("historians", (int)WordClasses.PluralRoleNoun)]
    [InlineData("Dr", (int)(WordClasses.Title | WordClasses.AbbreviatedTitle))]
    [InlineData("University", (int)(WordClasses.ThingNoun | WordClasses.ThingPrefix))]
    [InlineData("Hanoi", (int)WordClasses.None)]
    public void ClassesAWordOnceByEveryListItIsIn(string word, int expected) =>
        Assert.Equal((WordClasses)expected, PersonRecogniserLexicon.Classify(word));

    [Theory]
    [InlineData("Kim Il-sung", "Kim Il Sung")]
    [InlineData("Diaz-Canel", "Miguel Díaz-Canel")]
    [InlineData("Nguyen Phu Trong", "Nguyễn Phú Trọng")]
    [InlineData("Castro", "Castro")]
    [InlineData("Balazs Szalontai", "Balazs Szalontai")]
    public void CanonicalisesKnownNames(string name, string canonical)
    {
        Assert.Equal(canonical, KnownNames.LoadDefault().Canonical(name));
    }

    [Fact]
    public void CanonicalKeysIgnoreHyphensCaseAndDiacritics()
    {
        Assert.Equal(KnownNames.CanonicalKey("Kim Il Sung"), KnownNames.CanonicalKey("Kim Il-sung"));
        Assert.Equal(KnownNames.CanonicalKey("Díaz-Canel"), KnownNames.CanonicalKey("Diaz-Canel"));
        Assert.Equal("to lam", KnownNames.CanonicalKey("Tô Lâm"));
        foreach (var name in new[] { "Nguyễn Thị Kim Ngân", "O'Brien", "  Kim  Il--sung ", "Đỗ Mười", "Ri Il Gyu.", "꾸바 Cuba" })
        {
            Assert.Equal(Slug.Key(name), KnownNames.CanonicalKey(name));
        }
    }

    [Fact]
    public void DisplayNamePrefersDiacriticsThenFrequencyThenLength()
    {
        Assert.Equal("Tô Lâm", KnownNames.DisplayName(["To Lam", "To Lam", "Tô Lâm"]));
        Assert.Equal("Kim Il-sung", KnownNames.DisplayName(["Kim Il Sung", "Kim Il-sung", "Kim Il-sung"]));
        Assert.Equal("Ri Sol-ju", KnownNames.DisplayName(["Ri Sol Ju", "Ri Sol-ju", "Ri Sol-ju"]));
        Assert.Equal("O'Brien", KnownNames.DisplayName(["OBrien", "O'Brien"]));
    }

    [Fact]
    public void DisplayNameOfOneFormIsThatFormAndOfNoFormIsAnError()
    {
        Assert.Equal("Hồ Chí Minh", KnownNames.DisplayName(["Hồ Chí Minh"]));
        Assert.Equal("Ho Chi Minh", KnownNames.DisplayName(["Ho Chi Minh", "Ho Chi Minh", "Ho Chi Minh"]));
        Assert.Equal("Hồ Chí Minh", KnownNames.DisplayName(["Ho Chi Minh", "Ho Chi Minh", "Hồ Chí Minh"]));
        Assert.Throws<ArgumentException>(() => KnownNames.DisplayName([]));
    }

    [Fact]
    public void ResolvesASurnameAgainstTheArticlesPeople()
    {
        Assert.Equal("Miguel Díaz-Canel", KnownNames.ResolveShortForm("Diaz-Canel", ["Kim Jong Un", "Miguel Díaz-Canel"]));
        Assert.Null(KnownNames.ResolveShortForm("Castro", ["Fidel Castro", "Raúl Castro"]));
        Assert.Equal("Fidel Castro", KnownNames.ResolveShortForm("Castro", ["Fidel Castro", "Kim Il Sung"]));

        // A short form of several words is among the article's names itself (learned like any other), yet stands for the longer.
        Assert.Equal("Cristina Fernández de Kirchner", KnownNames.ResolveShortForm("Fernández de Kirchner", ["Fernández de Kirchner", "Cristina Fernández de Kirchner"]));
        Assert.Equal("Fernández de Kirchner", KnownNames.ResolveShortForm("Fernández de Kirchner", ["Fernández de Kirchner", "Michelle Bachelet"]));
        Assert.Null(KnownNames.ResolveShortForm("Ali Khan", ["Liaquat Ali Khan", "Mohammad Ali Khan"]));
    }

    [Fact]
    public void ReadsAFamilyNameWrittenFirstAsItsPersonInAnArticle()
    {
        var people = RulesOnly.FindInArticle([
            "In 1991 the delegation met President Jiang Zemin and Premier Li Peng.",
            "Jiang paid a return visit to Hanoi in 1994.",
            "Li visited Hanoi in 1992."]);

        Assert.Equal(["Jiang Zemin", "Li Peng"], people.Persons);
        Assert.Equal(["Jiang Zemin"], people.Mentions[1].Select(people.PersonOf));
        Assert.Equal(["Li Peng"], people.Mentions[2].Select(people.PersonOf));
    }

    [Fact]
    public void ReadsACapitalisedWordInsideALongNameAsItsPersonInAnArticle()
    {
        var people = RulesOnly.FindInArticle([
            "In 1990 President Fernando Collor de Mello took office.",
            "Collor visited Buenos Aires in 1991."]);

        Assert.Equal(["Fernando Collor de Mello"], people.Persons);
        Assert.Equal(["Fernando Collor de Mello"], people.Mentions[1].Select(people.PersonOf));
    }

    [Fact]
    public void ReadsABareWordTwoPeopleShareAsTheOneNamedLast()
    {
        var people = RulesOnly.FindInArticle([
            "In 1959 Fidel Castro visited Caracas.",
            "Castro returned in 1960.",
            "Raúl Castro visited Caracas in 1961, and Fidel Castro hosted Raúl Leoni in 1962.",
            "Castro spoke at the United Nations in 1963."]);

        Assert.Equal(["Fidel Castro", "Raúl Castro", "Raúl Leoni"], people.Persons);
        Assert.Equal(["Fidel Castro"], people.Mentions[1].Select(people.PersonOf));
        Assert.Equal(["Fidel Castro"], people.Mentions[3].Select(people.PersonOf));
        Assert.DoesNotContain("Castro", people.PersonByWrittenName.Keys);
        Assert.Null(KnownNames.ResolveShortForm("Kim", ["Kim Il Sung", "Kim Jong Il"]));
        Assert.Equal("Jiang Zemin", KnownNames.ResolveShortForm("Jiang", ["Jiang Zemin", "Li Peng"]));
    }

    [Fact]
    public void GroupsANameWithAndWithoutItsMiddleNameUnderTheCommonerForm()
    {
        var people = RulesOnly.FindInArticle([
            "In 1977 Agostinho Neto received Luís de Almeida Cabral in Luanda.",
            "Luís Cabral returned in 1978, and Luís Cabral's brother Amílcar Cabral was remembered there.",
            "George H. W. Bush and George W. Bush met in 1990."]);

        Assert.Equal(["Agostinho Neto", "Luís Cabral", "Amílcar Cabral", "George H. W. Bush", "George W. Bush"], people.Persons);
    }

    [Fact]
    public void ReadsTheSurnameOfANameWrittenWithAndWithoutItsMiddleNameAsThatPerson()
    {
        var people = RulesOnly.FindInArticle([
            "Relations were warmest under Petar Toshev Mladenov.",
            "Petar Mladenov came to Havana in 1976, and Petar Mladenov returned in 1981.",
            "Mladenov resigned on 10 November 1989."]);

        Assert.Equal(["Petar Mladenov"], people.Persons);
    }

    [Fact]
    public void ReadsSheikhBeforeTheSurnameOfSomeoneNamedInFullAsATitle()
    {
        var people = RulesOnly.FindInArticle([
            "Prime Minister Nawaz Sharif visited Beijing in 1991.",
            "Sheikh Sharif returned in 1994, and Sheikh Hasina came in 1996."]);

        Assert.Equal(["Nawaz Sharif", "Sheikh Hasina"], people.Persons);
    }

    [Fact]
    public void ReadsALoneTitleThatIsTheSurnameOfSomeoneNamedInFullAsThem()
    {
        var people = RulesOnly.FindInArticle([
            "In 1979 Maurice Bishop visited Havana.",
            "Bishop attended the summit in 1980, and the Bishop of Rome sent greetings."]);

        Assert.Equal(["Maurice Bishop"], people.Persons);
        Assert.Equal(["Maurice Bishop"], people.Mentions[1].Select(people.PersonOf));
    }

    [Fact]
    public void ReadsASurnameWithARoleAsTheBearerKnownByThatRoleOrByNone()
    {
        var people = RulesOnly.FindInArticle([
            "President Samora Machel visited Havana in 1977.",
            "Education minister Graça Machel visited Havana in 1978.",
            "President Machel was back in Havana in 1979."]);

        Assert.Equal(["Samora Machel", "Graça Machel"], people.Persons);
        Assert.Equal(["Samora Machel"], people.Mentions[2].Select(people.PersonOf));
    }

    [Fact]
    public void GroupsTheEndOfALongerNameWithItInAnArticle()
    {
        var people = RulesOnly.FindInArticle([
            "President Cristina Fernández de Kirchner made a state visit to Chile in October 2009.",
            "On 30 October Fernández de Kirchner and Michelle Bachelet signed the Treaty of Maipú."]);

        Assert.Equal(["Cristina Fernández de Kirchner", "Michelle Bachelet"], people.Persons);
    }

    [Fact]
    public void LearnedNamesAreKnownInLaterArticles()
    {
        var known = KnownNames.Empty();
        var recogniser = new PersonRecogniser(Gazetteer.Default, known);
        const string sentence = "The flag was lowered at the request of Imre Nagy in 1956.";
        Assert.Empty(recogniser.Find(sentence));
        known.AddPerson("Imre Nagy");
        Assert.Equal(["Imre Nagy"], recogniser.Find(sentence).Select(m => m.Name));
        Assert.Equal(["Imre Nagy"], recogniser.Find("Nagy was later executed.").Select(m => known.Canonical(m.Name)));
    }

    [Theory]
    [InlineData("000_f90cea442e9714b5.txt", "seed-000.gold.json")]
    [InlineData("002_bde09c3ab8031452.txt", "seed-002.gold.json")]
    public void FindsExactlyTheGoldPersonsOfEachSeed(string seed, string gold)
    {
        var expected = GoldPersons(gold);
        Assert.Equal(Keys(expected), Keys(Recogniser.FindInArticle(Sentences(seed)).Persons));
    }

    [Theory]
    [InlineData("000_f90cea442e9714b5.txt", "seed-000.gold.json")]
    [InlineData("002_bde09c3ab8031452.txt", "seed-002.gold.json")]
    public void FindsTheGoldPersonsOfEachSeedWithoutTheCuratedList(string seed, string gold)
    {
        var expected = GoldPersons(gold);
        Assert.Equal(Keys(expected), Keys(RulesOnly.FindInArticle(Sentences(seed)).Persons));
    }

    [Fact]
    public void DisplaysEachSeedPersonUnderTheGoldName()
    {
        var people = Recogniser.FindInArticle(Sentences("002_bde09c3ab8031452.txt"));
        Assert.Contains("Miguel Díaz-Canel", people.Persons);
        var diaz = people.Mentions.SelectMany(m => m).Single(m => m.Name == "Diaz-Canel");
        Assert.Equal("Miguel Díaz-Canel", people.PersonOf(diaz));
    }

    private static SortedSet<string> Keys(IEnumerable<string> names) =>
        new(names.Select(KnownNames.CanonicalKey), StringComparer.Ordinal);

    private static List<string> GoldPersons(string gold)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Gold", gold)));
        return doc.RootElement.GetProperty("persons").EnumerateArray().Select(e => e.GetString()!).ToList();
    }

    // Every prose line of the article (title and section headings left out), split into sentences.
    private static List<string> Sentences(string seed) =>
        File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Seeds", seed))
            .Where(l => l.Length > 0 && !l.StartsWith('='))
            .SelectMany(l => SentenceSplitter.Split(l.TrimStart('-', ' ')).Select(s => s.Text))
            .ToList();
}
