namespace Relations.Web.Generation;

/// <summary>The naming tradition used for a country's generated people and native names.</summary>
internal enum Culture
{
    English,
    Korean,
    Chinese,
    Japanese,
    Vietnamese,
    SoutheastAsian,
    SouthAsian,
    Persian,
    Turkic,
    Arabic,
    Slavic,
    Hispanic,
    Lusophone,
    French,
    Germanic,
    Nordic,
    Mediterranean,
    WestAfrican,
    EastAfrican,
    SouthernAfrican,
    Pacific,
}

/// <summary>
/// Per-region syllable and name tables: people's names ("Pak Song Chol", "Nguyễn Văn Thành", "José Martínez"),
/// leaders' titles and native-language names of a relation ("Relaciones Cuba-Panamá").
/// </summary>
internal static class NameCultures
{
    private static readonly Dictionary<string, Culture> ByCountry = Build(
        (Culture.Korean, "North Korea|South Korea"),
        (Culture.Chinese, "China|Taiwan|Singapore"),
        (Culture.Japanese, "Japan"),
        (Culture.Vietnamese, "Vietnam"),
        (Culture.SoutheastAsian, "Indonesia|Malaysia|Brunei|Thailand|Cambodia|Laos|Myanmar"),
        (Culture.SouthAsian, "India|Pakistan|Bangladesh|Sri Lanka|Nepal|Bhutan|Maldives"),
        (Culture.Persian, "Iran|Afghanistan|Tajikistan"),
        (Culture.Turkic, "Turkey|Azerbaijan|Kazakhstan|Kyrgyzstan|Turkmenistan|Uzbekistan|Mongolia"),
        (Culture.Arabic, "Algeria|Bahrain|Egypt|Iraq|Jordan|Kuwait|Lebanon|Libya|Mauritania|Morocco|Oman|Qatar|Saudi Arabia|Sudan|Syria|Tunisia|United Arab Emirates|Yemen|Palestine|Western Sahara|Comoros|Djibouti|Somalia"),
        (Culture.Slavic, "Russia|Ukraine|Belarus|Poland|Czech Republic|Slovakia|Slovenia|Croatia|Serbia|Bosnia and Herzegovina|Montenegro|North Macedonia|Bulgaria|Moldova|Romania|Georgia|Armenia|Latvia|Lithuania|Estonia|Hungary"),
        (Culture.Hispanic, "Spain|Mexico|Guatemala|Honduras|El Salvador|Nicaragua|Costa Rica|Panama|Cuba|Dominican Republic|Colombia|Venezuela|Ecuador|Peru|Bolivia|Chile|Argentina|Uruguay|Paraguay|Equatorial Guinea|Philippines|Andorra"),
        (Culture.Lusophone, "Portugal|Brazil|Angola|Mozambique|Cape Verde|Guinea-Bissau|São Tomé and Príncipe|East Timor"),
        (Culture.French, "France|Belgium|Luxembourg|Monaco|Haiti|Switzerland"),
        (Culture.Germanic, "Germany|Austria|Netherlands|Liechtenstein|Suriname"),
        (Culture.Nordic, "Denmark|Norway|Sweden|Finland|Iceland"),
        (Culture.Mediterranean, "Italy|Greece|Cyprus|Malta|San Marino|Vatican City|Albania|Kosovo"),
        (Culture.WestAfrican, "Senegal|Mali|Guinea|Ivory Coast|Burkina Faso|Niger|Ghana|Nigeria|Togo|Benin|Liberia|Sierra Leone|Gambia|Cameroon|Chad|Central African Republic|Gabon|Republic of the Congo|Democratic Republic of the Congo|Madagascar|Mauritius|Seychelles"),
        (Culture.EastAfrican, "Kenya|Tanzania|Uganda|Rwanda|Burundi|Ethiopia|Eritrea|South Sudan"),
        (Culture.SouthernAfrican, "South Africa|Zimbabwe|Zambia|Malawi|Botswana|Namibia|Lesotho|Eswatini"),
        (Culture.Pacific, "Fiji|Samoa|Tonga|Tuvalu|Kiribati|Nauru|Vanuatu|Solomon Islands|Papua New Guinea|Palau|Marshall Islands|Micronesia"));

    private static readonly HashSet<string> PartyStates = new(StringComparer.Ordinal) { "China", "Vietnam", "Laos", "Cuba", "North Korea" };

    private static readonly Dictionary<string, string> Monarchs = new(StringComparer.Ordinal)
    {
        ["Saudi Arabia"] = "King", ["Jordan"] = "King", ["Morocco"] = "King", ["Bahrain"] = "King", ["Thailand"] = "King",
        ["Cambodia"] = "King", ["Eswatini"] = "King", ["Lesotho"] = "King", ["Bhutan"] = "King", ["Tonga"] = "King",
        ["Qatar"] = "Emir", ["Kuwait"] = "Emir", ["Oman"] = "Sultan", ["Brunei"] = "Sultan",
    };

    private static readonly HashSet<string> Presidential = new(StringComparer.Ordinal)
    {
        "United States", "Mexico", "Brazil", "Argentina", "Chile", "Colombia", "Venezuela", "Ecuador", "Bolivia", "Paraguay",
        "Uruguay", "Costa Rica", "Panama", "Honduras", "Guatemala", "El Salvador", "Nicaragua", "Dominican Republic", "Indonesia",
        "Philippines", "Cyprus", "Kenya", "Nigeria", "Ghana", "South Africa", "Zambia", "Malawi", "Botswana", "Liberia", "Sierra Leone",
        "Gambia", "Afghanistan", "Turkmenistan", "Maldives", "Palau", "Micronesia", "Marshall Islands", "Kiribati", "Nauru",
    };

    // Endonyms for the native-language names of a relation ("Relaciones Cuba-Panamá", "Quan hệ Việt Nam – Lào").
    private static readonly Dictionary<string, string> Endonyms = new(StringComparer.Ordinal)
    {
        ["North Korea"] = "조선민주주의인민공화국", ["South Korea"] = "대한민국", ["China"] = "中国", ["Taiwan"] = "中華民國", ["Japan"] = "日本",
        ["Vietnam"] = "Việt Nam", ["Laos"] = "ລາວ", ["Russia"] = "Россия", ["Ukraine"] = "Україна", ["Belarus"] = "Беларусь",
        ["Bulgaria"] = "България", ["Serbia"] = "Србија", ["North Macedonia"] = "Северна Македонија", ["Greece"] = "Ελλάδα",
        ["Cyprus"] = "Κύπρος", ["Iran"] = "ایران", ["Afghanistan"] = "افغانستان", ["Saudi Arabia"] = "السعودية", ["Egypt"] = "مصر",
        ["Iraq"] = "العراق", ["Syria"] = "سوريا", ["Morocco"] = "المغرب", ["Thailand"] = "ประเทศไทย", ["India"] = "भारत",
        ["Mexico"] = "México", ["Spain"] = "España", ["Peru"] = "Perú", ["Panama"] = "Panamá", ["Brazil"] = "Brasil",
        ["Germany"] = "Deutschland", ["Austria"] = "Österreich", ["Italy"] = "Italia", ["Turkey"] = "Türkiye", ["Poland"] = "Polska",
        ["Czech Republic"] = "Česko", ["Hungary"] = "Magyarország", ["Finland"] = "Suomi", ["Sweden"] = "Sverige", ["Norway"] = "Norge",
        ["Denmark"] = "Danmark", ["Iceland"] = "Ísland", ["Georgia"] = "საქართველო", ["Armenia"] = "Հայաստան", ["Mongolia"] = "Монгол Улс",
        ["Israel"] = "ישראל", ["Cambodia"] = "កម្ពុជា", ["Myanmar"] = "မြန်မာ",
    };

    private static readonly string[] KoreanNorthSurnames = ["Kim", "Pak", "Ri", "Choe", "Jang", "Kang", "Han", "O", "Jon", "Ryu", "Yun", "Hwang", "Kwon", "Jong"];
    private static readonly string[] KoreanSyllables = ["Song", "Chol", "Il", "Nam", "Yong", "Su", "Ho", "Myong", "Hyok", "Chun", "Gwang", "Jin", "Sun", "Hui", "Ok", "Thae", "Ung", "Gil", "Chang", "Sok"];
    private static readonly string[] KoreanSouthSurnames = ["Lee", "Park", "Choi", "Jung", "Kang", "Yoon", "Moon", "Han", "Shin", "Cho", "Kim", "Ahn"];
    private static readonly string[] KoreanSouthSyllables = ["jae", "hoon", "min", "young", "soo", "jin", "hyun", "woo", "sung", "ho", "kyung", "seok", "hee", "mi"];
    private static readonly string[] ChineseSurnames = ["Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Zhao", "Huang", "Zhou", "Wu", "Xu", "Sun", "Hu", "Zhu", "Gao", "Tang", "Qian"];
    private static readonly string[] ChineseSyllables = ["jian", "guo", "ming", "hua", "wei", "qiang", "ping", "xiao", "yong", "jun", "hong", "lin", "bo", "tao", "zhi", "de", "an", "yi", "feng", "rong"];
    private static readonly string[] JapaneseGiven = ["Hiroshi", "Takeshi", "Kenji", "Yoshio", "Shintaro", "Taro", "Ichiro", "Yukio", "Masako", "Keiko", "Fumio", "Kazuo", "Noboru", "Akira"];
    private static readonly string[] JapaneseFamily = ["Tanaka", "Suzuki", "Watanabe", "Yamamoto", "Nakamura", "Kobayashi", "Sato", "Ito", "Kato", "Fukuda", "Okada", "Miyazawa", "Ishikawa"];
    private static readonly string[] VietnameseFamily = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Võ", "Đặng", "Bùi", "Đỗ", "Phan", "Huỳnh", "Vũ"];
    private static readonly string[] VietnameseMiddle = ["Văn", "Thị", "Đức", "Minh", "Xuân", "Quang", "Hữu", "Công", "Thanh", "Phú"];
    private static readonly string[] VietnameseGiven = ["Thành", "Hùng", "Lâm", "Trọng", "Phúc", "Dũng", "Hải", "Ngân", "Tuấn", "Long", "Sơn", "Khải", "Mạnh", "Thắng", "Linh"];
    private static readonly string[] SeaGiven = ["Budi", "Joko", "Susilo", "Agus", "Bambang", "Megawati", "Sri", "Somchai", "Surin", "Anand", "Najib", "Anwar", "Hun", "Thein", "Kaysone"];
    private static readonly string[] SeaFamily = ["Santoso", "Widodo", "Prasetyo", "Hartono", "Wibowo", "Wongsawat", "Pitsuwan", "Panyarachun", "Razak", "Ibrahim", "Sein", "Phomvihane", "Sirivudh"];
    private static readonly string[] SouthAsianGiven = ["Rajesh", "Sunil", "Anil", "Priya", "Mohan", "Vijay", "Ashok", "Indira", "Ravi", "Sheikh", "Nawaz", "Mahinda", "Pushpa", "Lotay"];
    private static readonly string[] SouthAsianFamily = ["Sharma", "Gupta", "Singh", "Patel", "Rao", "Kumar", "Menon", "Chowdhury", "Rahman", "Bhutto", "Perera", "Koirala", "Tshering", "Qureshi"];
    private static readonly string[] PersianGiven = ["Reza", "Ali", "Mohammad", "Hassan", "Mahmoud", "Javad", "Abbas", "Farhad", "Hamid", "Emomali", "Ashraf"];
    private static readonly string[] PersianFamily = ["Tehrani", "Rouhani", "Zarif", "Hosseini", "Karimi", "Ahmadi", "Rahimi", "Ghani", "Rahmon", "Velayati", "Larijani"];
    private static readonly string[] TurkicGiven = ["Mehmet", "Ahmet", "Mustafa", "Nursultan", "Islam", "Ilham", "Kassym-Jomart", "Recep", "Süleyman", "Askar", "Shavkat", "Tsakhiagiin"];
    private static readonly string[] TurkicFamily = ["Yılmaz", "Demir", "Şahin", "Aliyev", "Karimov", "Tokayev", "Mirziyoyev", "Öztürk", "Çelik", "Berdimuhamedow", "Atambayev", "Elbegdorj"];
    private static readonly string[] ArabicGiven = ["Ahmed", "Mohammed", "Khalid", "Omar", "Abdullah", "Hassan", "Youssef", "Faisal", "Saad", "Tariq", "Hosni", "Habib", "Rashid", "Nabil", "Salim"];
    private static readonly string[] ArabicFamily = ["al-Rashid", "al-Sabah", "Haddad", "Mansour", "Khalil", "Ben Ali", "al-Masri", "Nasser", "bin Zayed", "Benali", "Abbas", "Saleh", "al-Hashimi", "Boukadoum", "Hariri"];
    private static readonly string[] SlavicGiven = ["Ivan", "Sergei", "Vladimir", "Oleksandr", "Milan", "Tomáš", "Jiří", "Andrzej", "Bogdan", "Dmitri", "Nikolai", "Petar", "Zoran", "Aleksandar", "Lech", "László", "Eduard", "Ilie"];
    private static readonly string[] SlavicFamily = ["Petrov", "Ivanov", "Kovalenko", "Novák", "Kowalski", "Horvat", "Jovanović", "Popescu", "Dvořák", "Smirnov", "Shevchenko", "Nikolić", "Wiśniewski", "Nagy", "Shevardnadze", "Sargsyan", "Kaljulaid"];
    private static readonly string[] HispanicGiven = ["José", "Juan", "Carlos", "Luis", "María", "Miguel", "Jorge", "Raúl", "Fernando", "Ana", "Rafael", "Andrés", "Sebastián", "Óscar", "Ramón", "Isabel", "Ernesto"];
    private static readonly string[] HispanicFamily = ["Martínez", "García", "Rodríguez", "López", "Fernández", "González", "Pérez", "Sánchez", "Ramírez", "Torres", "Díaz", "Álvarez", "Castillo", "Ortega", "Núñez", "Vázquez", "Muñoz"];
    private static readonly string[] LusophoneGiven = ["João", "José", "Luís", "António", "Fernando", "Manuel", "Pedro", "Dilma", "Jorge", "Agostinho", "Samora", "Xanana", "Filipe"];
    private static readonly string[] LusophoneFamily = ["Silva", "Santos", "Ferreira", "Pereira", "Costa", "Rodrigues", "Almeida", "Gonçalves", "Carvalho", "dos Santos", "Nyusi", "Guterres", "Lourenço"];
    private static readonly string[] FrenchGiven = ["Jean", "Pierre", "François", "Jacques", "Michel", "Marie", "Philippe", "Laurent", "Jean-Pierre", "Jean-Marc", "Élisabeth", "Guy", "Didier"];
    private static readonly string[] FrenchFamily = ["Dubois", "Martin", "Bernard", "Lefèvre", "Moreau", "Girard", "Fontaine", "Mercier", "Rousseau", "Leclerc", "Delors", "Aristide"];
    private static readonly string[] GermanicGiven = ["Hans", "Klaus", "Helmut", "Wolfgang", "Jürgen", "Angela", "Frank-Walter", "Dieter", "Ulrich", "Jan", "Pieter", "Willem", "Gerhard", "Sigrid"];
    private static readonly string[] GermanicFamily = ["Müller", "Schmidt", "Schneider", "Bauer", "Fischer", "Weber", "Becker", "Hoffmann", "de Vries", "van Dijk", "Janssen", "Kreisky", "Genscher"];
    private static readonly string[] NordicGiven = ["Lars", "Erik", "Anders", "Ingrid", "Olav", "Jens", "Sven", "Niels", "Kari", "Mikko", "Sauli", "Gro", "Halldór"];
    private static readonly string[] NordicFamily = ["Andersson", "Johansson", "Hansen", "Nielsen", "Larsen", "Berg", "Lindqvist", "Virtanen", "Korhonen", "Jónsson", "Stoltenberg", "Ahtisaari"];
    private static readonly string[] EnglishGiven = ["John", "James", "Robert", "David", "Margaret", "Michael", "Elizabeth", "Richard", "Paul", "Anthony", "Julia", "Malcolm", "Patrick", "Eugenia", "Errol"];
    private static readonly string[] EnglishFamily = ["Smith", "Harris", "Thompson", "Walker", "Wright", "Clarke", "Hughes", "Evans", "Mitchell", "Campbell", "O'Brien", "Holness", "Barrow", "Mottley", "Rowley"];
    private static readonly string[] MediterraneanGiven = ["Giuseppe", "Giovanni", "Marco", "Alessandro", "Nikos", "Konstantinos", "Andreas", "Giorgos", "Sergio", "Matteo", "Edi", "Hashim", "Joseph"];
    private static readonly string[] MediterraneanFamily = ["Rossi", "Bianchi", "Romano", "Conti", "Papadopoulos", "Karamanlis", "Georgiou", "Vella", "Borg", "Ricci", "Rama", "Thaçi", "Muscat"];
    private static readonly string[] WestAfricanGiven = ["Amadou", "Kwame", "Moussa", "Ibrahim", "Kofi", "Ousmane", "Abdoulaye", "Olusegun", "Ngozi", "Mamadou", "Ellen", "Macky", "Yaw", "Félix", "Denis"];
    private static readonly string[] WestAfricanFamily = ["Diallo", "Traoré", "Mensah", "Keïta", "Touré", "Sall", "Adeyemi", "Okafor", "Kouyaté", "Ouattara", "Boateng", "Sankara", "Biya", "Sassou", "Tshisekedi"];
    private static readonly string[] EastAfricanGiven = ["Juma", "Daniel", "Jakaya", "Haile", "Abiy", "Mwai", "Grace", "Samia", "Hassan", "Isaias", "Salva", "Pierre", "Janet"];
    private static readonly string[] EastAfricanFamily = ["Mwangi", "Otieno", "Kamau", "Tesfaye", "Bekele", "Ochieng", "Habimana", "Mutua", "Kiprono", "Nyirenda", "Kikwete", "Kiir", "Mengistu"];
    private static readonly string[] SouthernAfricanGiven = ["Thabo", "Sipho", "Jacob", "Cyril", "Themba", "Tendai", "Robert", "Hage", "Seretse", "Lindiwe", "Bingu", "Levy", "Mswati"];
    private static readonly string[] SouthernAfricanFamily = ["Dlamini", "Nkosi", "Moyo", "Ndlovu", "Khumalo", "Mokoena", "Banda", "Phiri", "Chikwanha", "Geingob", "Masisi", "Mutharika", "Mwanawasa"];
    private static readonly string[] PacificGiven = ["Tupou", "Sitiveni", "Frank", "Manasseh", "Tuilaepa", "Baron", "Henry", "Anote", "Enele", "James", "Hilda", "Taneti"];
    private static readonly string[] PacificFamily = ["Rabuka", "Sogavare", "Tong", "Puna", "Malielegaoi", "Waqa", "Tuiloma", "Bainimarama", "Sopoaga", "Marape", "Heine", "Maamau"];

    public static Culture Of(string country) => ByCountry.GetValueOrDefault(country, Culture.English);

    /// <summary>The title of a head of state: "President", "King", "Emir", "Sultan" or "General Secretary".</summary>
    public static string HeadOfStateTitle(string country) =>
        PartyStates.Contains(country) ? "General Secretary" : Monarchs.GetValueOrDefault(country, "President");

    /// <summary>The title of a head of government, or null where the president leads the government.</summary>
    public static string? HeadOfGovernmentTitle(string country) => country switch
    {
        "Germany" or "Austria" => "Chancellor",
        "Switzerland" => null,
        _ when Presidential.Contains(country) => null,
        _ => "Prime Minister",
    };

    public static string PersonName(Culture culture, string country, Dice dice) => culture switch
    {
        Culture.Korean when country == "South Korea" =>
            $"{dice.Pick(KoreanSouthSurnames)} {Capitalise(dice.Pick(KoreanSouthSyllables))}-{dice.Pick(KoreanSouthSyllables)}",
        Culture.Korean => $"{dice.Pick(KoreanNorthSurnames)} {dice.Pick(KoreanSyllables)} {dice.Pick(KoreanSyllables)}",
        Culture.Chinese => $"{dice.Pick(ChineseSurnames)} {Capitalise(dice.Pick(ChineseSyllables))}{(dice.Chance(0.8) ? dice.Pick(ChineseSyllables) : string.Empty)}",
        Culture.Japanese => Two(dice, JapaneseGiven, JapaneseFamily),
        Culture.Vietnamese => $"{dice.Pick(VietnameseFamily)} {dice.Pick(VietnameseMiddle)} {dice.Pick(VietnameseGiven)}",
        Culture.SoutheastAsian => Two(dice, SeaGiven, SeaFamily),
        Culture.SouthAsian => Two(dice, SouthAsianGiven, SouthAsianFamily),
        Culture.Persian => Two(dice, PersianGiven, PersianFamily),
        Culture.Turkic => Two(dice, TurkicGiven, TurkicFamily),
        Culture.Arabic => dice.Chance(0.3)
            ? $"{dice.Pick(ArabicGiven)} {dice.Pick(ArabicGiven)} {dice.Pick(ArabicFamily)}"
            : Two(dice, ArabicGiven, ArabicFamily),
        Culture.Slavic => Two(dice, SlavicGiven, SlavicFamily),
        Culture.Hispanic => dice.Chance(0.25)
            ? $"{dice.Pick(HispanicGiven)} {dice.Pick(HispanicFamily)} {dice.Pick(HispanicFamily)}"
            : Two(dice, HispanicGiven, HispanicFamily),
        Culture.Lusophone => Two(dice, LusophoneGiven, LusophoneFamily),
        Culture.French => Two(dice, FrenchGiven, FrenchFamily),
        Culture.Germanic => Two(dice, GermanicGiven, GermanicFamily),
        Culture.Nordic => Two(dice, NordicGiven, NordicFamily),
        Culture.Mediterranean => Two(dice, MediterraneanGiven, MediterraneanFamily),
        Culture.WestAfrican => Two(dice, WestAfricanGiven, WestAfricanFamily),
        Culture.EastAfrican => Two(dice, EastAfricanGiven, EastAfricanFamily),
        Culture.SouthernAfrican => Two(dice, SouthernAfricanGiven, SouthernAfricanFamily),
        Culture.Pacific => Two(dice, PacificGiven, PacificFamily),
        _ => dice.Chance(0.2)
            ? $"{dice.Pick(EnglishGiven)} {(char)('A' + dice.Next(26))}. {dice.Pick(EnglishFamily)}"
            : Two(dice, EnglishGiven, EnglishFamily),
    };

    /// <summary>The relation's name in the first country's language, or null where no native form is known.</summary>
    public static string? NativeRelationName(string a, string b, Dice dice)
    {
        var x = Endonyms.GetValueOrDefault(a, a);
        var y = Endonyms.GetValueOrDefault(b, b);
        return Of(a) switch
        {
            Culture.Korean => $"{x}-{y} 관계",
            Culture.Chinese => $"{x}－{y}关系",
            Culture.Japanese => $"{x}・{y}関係",
            Culture.Vietnamese => $"Quan hệ {x} – {y}",
            Culture.Slavic when x.Any(c => c is >= 'А' and <= 'я') => $"Отношения {x} — {y}",
            Culture.Slavic => $"Stosunki {x}–{y}",
            Culture.Arabic => $"العلاقات {x}-{y}",
            Culture.Persian => $"روابط {x} و {y}",
            Culture.Turkic => $"{x}-{y} ilişkileri",
            Culture.Hispanic => dice.Chance(0.5) ? $"Relaciones {x}-{y}" : $"Relaciones entre {x} y {y}",
            Culture.Lusophone => $"Relações entre {x} e {y}",
            Culture.French => $"Relations entre {x} et {y}",
            Culture.Germanic => $"Beziehungen zwischen {x} und {y}",
            Culture.Nordic => $"Forholdet mellem {x} og {y}",
            Culture.Mediterranean when a is "Greece" or "Cyprus" => $"Σχέσεις {x}-{y}",
            Culture.Mediterranean => $"Relazioni tra {x} e {y}",
            Culture.SoutheastAsian when a == "Thailand" => $"ความสัมพันธ์ {x}–{y}",
            Culture.SoutheastAsian => $"Hubungan {x} dengan {y}",
            Culture.SouthAsian => $"{x}-{y} संबंध",
            _ => null,
        };
    }

    private static string Two(Dice dice, string[] given, string[] family) => $"{dice.Pick(given)} {dice.Pick(family)}";

    private static string Capitalise(string s) => s.Length == 0 ? s : string.Concat(char.ToUpperInvariant(s[0]).ToString(), s.AsSpan(1));

    private static Dictionary<string, Culture> Build(params (Culture Culture, string Countries)[] groups)
    {
        var map = new Dictionary<string, Culture>(StringComparer.Ordinal);
        foreach (var (culture, countries) in groups)
        {
            foreach (var c in countries.Split('|'))
            {
                map[c] = culture;
            }
        }

        return map;
    }
}
