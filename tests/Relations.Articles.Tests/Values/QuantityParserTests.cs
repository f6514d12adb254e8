using System.Globalization;
using Relations.Articles.Values;

namespace Relations.Articles.Tests.Values;

public class QuantityParserTests
{
    [Theory]
    // Seed sentences.
    [InlineData("North Korea provided aid to North Vietnam (1966: 12.3 million rubles; 1967: 20 million", "12300000", "rubles", "RUB")]
    [InlineData("1967: 20 million; 1968: 12.5 million", "20000000", "", null)]
    [InlineData("In 1968, approximately 2,000 Vietnamese students and trainees received education for free in Korea.", "2000", "students", null)]
    [InlineData("They stayed through 1968; 200 pilots were reported to have served.", "200", "pilots", null)]
    [InlineData("Australia sent 72 search and rescue specialists to Minamisanriku.", "72", "search and rescue specialists", null)]
    [InlineData("Cuba sent 40 doctors and nurses to the region.", "40", "doctors", null)]
    [InlineData("India sent 25 tonnes of rice and wheat.", "25", "tonnes of rice", null)]
    [InlineData("In addition, at least two anti-aircraft artillery regiments were sent as well.", "2", "anti-aircraft artillery regiments", null)]
    [InlineData("North Korea also sent weapons, ammunition and two million sets of uniforms to their comrades.", "2000000", "sets of uniforms", null)]
    [InlineData("In the 1960s, North Korea sent a 103-man work brigade to Cuba to assist with the sugarcane harvest.", "103", "workers", null)]
    [InlineData("Kim Il Sung, \"a veteran and irreproachable combatant, sent us 100,000 AK-47 rifles and its corresponding ammo\".", "100000", "rifles", null)]
    // Money.
    [InlineData("China pledged US$2.8 billion in loans.", "2800000000", "US dollars", "USD")]
    [InlineData("The grant of $500,000 arrived in May.", "500000", "US dollars", "USD")]
    [InlineData("Beijing lent 400 million yuan to Hanoi.", "400000000", "yuan", "CNY")]
    [InlineData("Tokyo offered ¥3 billion in credits.", "3000000000", "yen", "JPY")]
    [InlineData("The EU gave €5 million for flood relief.", "5000000", "euros", "EUR")]
    [InlineData("Brussels gave 5 million euros for flood relief.", "5000000", "euros", "EUR")]
    [InlineData("Seoul donated 10 billion South Korean won in food aid.", "10000000000", "won", "KRW")]
    [InlineData("The loan of 300 million US dollars was repaid.", "300000000", "US dollars", "USD")]
    [InlineData("Moscow wrote off 1.5bn roubles of debt.", "1500000000", "rubles", "RUB")]
    [InlineData("The fund received US$10m from Japan.", "10000000", "US dollars", "USD")]
    [InlineData("Havana paid 40 million Cuban pesos for the cargo.", "40000000", "pesos", "CUP")]
    [InlineData("Sofia lent 40 million leva to Hanoi.", "40000000", "leva", "BGN")]
    [InlineData("Addis Ababa pledged 2 million birr for the victims.", "2000000", "birr", "ETB")]
    [InlineData("Hanoi grants 80 government scholarships a year.", "80", "government scholarships", null)]
    [InlineData("Delhi lent ₹250 million to Kathmandu.", "250000000", "rupees", "INR")]
    [InlineData("The budget set aside ₹120 crore for Nepal.", "1200000000", "rupees", "INR")]
    [InlineData("Delhi gave Rs. 40 lakh for the school.", "4000000", "rupees", "INR")]
    [InlineData("Stockholm added SEK 30 million for the clinics.", "30000000", "kronor", "SEK")]
    [InlineData("Helsinki contributed FIM 25 million to the programme.", "25000000", "markkas", "FIM")]
    [InlineData("Stockholm gave Dar es Salaam 12 million kronor for the clinics.", "12000000", "kronor", "SEK")]
    [InlineData("Berlin lent 80 million Valuta-Mark for the cement works.", "80000000", "Valuta-Mark", "DDM")]
    [InlineData("Helsinki contributed 25 million markkas to the programme.", "25000000", "markkas", "FIM")]
    [InlineData("Bonn pledged DM 60 million for the port.", "60000000", "marks", "DEM")]
    [InlineData("Cairo sent £E 20,000 to the flood victims.", "20000", "Egyptian pounds", "EGP")]
    [InlineData("Cairo sent E£75,000 to the flood victims.", "75000", "Egyptian pounds", "EGP")]
    [InlineData("Hanoi granted Vientiane 300 billion đồng in 2015.", "300000000000", "dong", "VND")]
    [InlineData("Tripoli gave 2 million dinars to Algiers.", "2000000", "dinars", "DIN")]
    [InlineData("Warsaw lent 450 million złoty to Hanoi.", "450000000", "złoty", "PLN")]
    [InlineData("The Polish Red Cross sent PLN 75,000 to the flood victims.", "75000", "złoty", "PLN")]
    [InlineData("Budapest pledged HUF 20 million for the school.", "20000000", "forint", "HUF")]
    [InlineData("Prague gave 80 million korunas to Hanoi.", "80000000", "korunas", "CSK")]
    // Goods and people.
    [InlineData("The ship carried 3,000 tonnes of rice to Cuba.", "3000", "tonnes of rice", null)]
    [InlineData("Hanoi sent a 500-strong military contingent to Laos.", "500", "troops", null)]
    [InlineData("A 40-member dance troupe toured Havana.", "40", "members", null)]
    [InlineData("The Soviet Union delivered 150 tanks in 1975.", "150", "tanks", null)]
    [InlineData("Pyongyang trained 1,200 Laotian officers.", "1200", "officers", null)]
    [InlineData("Cuba sent twenty-five doctors to Vietnam.", "25", "doctors", null)]
    [InlineData("Japan shipped half a million tonnes of wheat.", "500000", "tonnes of wheat", null)]
    [InlineData("The embassy donated a dozen ambulances.", "12", "ambulances", null)]
    [InlineData("North Korea sent three hundred engineers.", "300", "engineers", null)]
    [InlineData("Vietnam received one hundred and twenty trucks.", "120", "trucks", null)]
    [InlineData("The delegation brought a million doses of vaccine.", "1000000", "doses of vaccine", null)]
    [InlineData("About 500 personnel stayed in Hanoi.", "500", "personnel", null)]
    [InlineData("Cuba sent 2 million doses.", "2000000", "doses", null)]
    [InlineData("That year the United States extended US$40 million in Lend-Lease aid to Mexico.", "40000000", "US dollars", "USD")]
    [InlineData("In 2015 the navy received 6 Type 209A1 submarines.", "6", "submarines", null)]
    [InlineData("The army fielded 40 9K33 launchers.", "40", "launchers", null)]
    [InlineData("Hanoi sent 4,000 engineering, transport and construction troops to Laos.", "4000", "engineering transport and construction troops", null)]
    [InlineData("They shipped 900 small, medium and heavy tractors.", "900", "small medium and heavy tractors", null)]
    [InlineData("Accra lent Conakry 45 million cedis.", "45000000", "cedis", "GHS")]
    [InlineData("The grant came to 3.5 million leks.", "3500000", "leks", "ALL")]
    [InlineData("Some 350 Angolan crewmen manned the ships.", "350", "crewmen", null)]
    [InlineData("The navy lent 60 servicewomen.", "60", "servicewomen", null)]
    [InlineData("The lab kept 40 specimen jars.", "40", "specimen jars", null)]
    [InlineData("Moscow delivered 40 MiG-21s and some helicopters.", "40", "MiG-21s", null)]
    [InlineData("Some 300 schoolchildren went to Cuba.", "300", "schoolchildren", null)]
    [InlineData("Sofia extended Baghdad a 30-million-ruble credit for machinery.", "30000000", "rubles", "RUB")]
    [InlineData("Moscow opened a $50-million line of credit.", "50000000", "US dollars", "USD")]
    [InlineData("Beijing offered a 1.5-billion-yuan interest-free loan.", "1500000000", "yuan", "CNY")]
    public void FindsTheFirstQuantity(string text, string amount, string unit, string? currency)
    {
        var q = QuantityParser.Find(text)[0];
        Assert.Equal(decimal.Parse(amount, CultureInfo.InvariantCulture), q.Amount);
        Assert.Equal(unit, q.Unit);
        Assert.Equal(currency, q.Currency);
        Assert.Equal(q.Text, text.Substring(q.Start, q.Length));
    }

    [Theory]
    [InlineData("In 1968, relations between Pyongyang and Hanoi started to deteriorate.")]
    [InlineData("The North Vietnamese 921st and 923rd fighter squadrons defended Hanoi.")]
    [InlineData("Kim Jong Un came on a 60-hour train ride to attend the Hanoi Summit.")]
    [InlineData("The government declared a three-day mourning period.")]
    [InlineData("The visit marked the 75th anniversary of diplomatic relations.")]
    [InlineData("The two governments became rivals rather than friends.")]
    [InlineData("It was one of only two foreign trips led by Pol Pot.")]
    [InlineData("Cuba was one of the few countries that showed solidarity.")]
    [InlineData("On March 1 and 2, Kim Jong Un made an official visit to Vietnam, 60 years after his grandfather's first visit.")]
    [InlineData("The exact dates were later confirmed to be October 9–11, 2025.")]
    [InlineData("Cuba established diplomatic relations on 29 August 1960.")]
    [InlineData("In the 1990s and 2000s, relations declined even more.")]
    [InlineData("Hundreds of students and thousands of workers were sent.")]
    [InlineData("The weapons included AK-47 assault rifles.")]
    [InlineData("Trade grew by 15 percent and the route is 300 km long.")]
    [InlineData("The five revolutionary Asian countries met twice.")]
    [InlineData("Both sides agreed that the two leaders would meet again.")]
    [InlineData("He attended Kim Il Sung University between 1998 and 2002.")]
    [InlineData("Cuba offered its Abdala and Soberana 02 vaccines.")]
    [InlineData("The station broadcast on channel 007 programmes.")]
    [InlineData("It sent 500 medical, and Laos sent engineers.")]
    [InlineData("The 57 mm guns were old.")]
    [InlineData("Delegates of three nations met.")]
    [InlineData("The new school took 300 more than the old one.")]
    [InlineData("The fossils lay in 5-million-year-old rock.")]
    [InlineData("It was a 10-million-strong movement.")]
    public void FindsNoQuantityWhereThereIsNone(string text)
    {
        Assert.Empty(QuantityParser.Find(text));
    }

    [Fact]
    public void ReadsACurrencyCodeOnlyAsAWordOfItsOwn()
    {
        var found = QuantityParser.Find("The unit ADM 40 launchers and the DRV 150 trucks arrived.");
        Assert.Equal([40m, 150m], found.Select(q => q.Amount));
        Assert.Equal(["launchers", "trucks"], found.Select(q => q.Unit));
        Assert.All(found, q => Assert.Null(q.Currency));
    }

    [Fact]
    public void FindsTheBareFiguresOfASeriesThatYearsLabel()
    {
        var found = QuantityParser.Find("fellowships (1984: 15; 1985: 25; 1986: 35) at 10: 45 places");
        Assert.Equal([15m, 25m, 35m, 45m], found.Select(q => q.Amount));
        Assert.Equal(["", "", "", "places"], found.Select(q => q.Unit));
    }

    [Fact]
    public void FindsEveryFigureOfASeries()
    {
        var found = QuantityParser.Find("(1966: 12.3 million rubles; 1967: 20 million; 1968: 12.5 million; 1969: 12.5 million)");
        Assert.Equal([12_300_000m, 20_000_000m, 12_500_000m, 12_500_000m], found.Select(q => q.Amount));
        Assert.Equal(["rubles", "", "", ""], found.Select(q => q.Unit));
    }

    [Fact]
    public void ReadsABareFigureDatedOnItsOwnAndAPeoplesPluralAsAUnit()
    {
        var found = QuantityParser.Find("Bulgaria offered 90 scholarships in 1975, 110 in 1976 and 140 by 1980; it trained forty Angolans.");
        Assert.Equal([90m, 110m, 140m, 40m], found.Select(q => q.Amount));
        Assert.Equal(["scholarships", "", "", "Angolans"], found.Select(q => q.Unit));
        Assert.Empty(QuantityParser.Find("The 110 in 1976-1977 were scholars."));
    }

    [Fact]
    public void ReadsAFigureForTheFollowingYearAPeopleBeforeItsVerbAndGoodsByLength()
    {
        var found = QuantityParser.Find("Sofia took 40 trainees in 1975 and another 55 the following year; 2,000 Sudanese graduated; it sent 80,000 metres of cloth.");
        Assert.Equal([40m, 55m, 2000m, 80000m], found.Select(q => q.Amount));
        Assert.Equal(["trainees", "", "Sudanese", "metres of cloth"], found.Select(q => q.Unit));
        Assert.DoesNotContain(QuantityParser.Find("The camp lay within 500 metres of the border."), q => q.Unit.StartsWith("metres", StringComparison.Ordinal));
    }

    [Fact]
    public void ReadsAFigureAfterAFurtherOrAnotherAsAFurtherFigure()
    {
        var found = QuantityParser.Find("Some 30 Laotian nurses came in 1985, a further 14 followed in 1987 and another 9 were sent in 1988.");
        Assert.Equal([30m, 14m, 9m], found.Select(q => q.Amount));
        Assert.Equal(["nurses", "", ""], found.Select(q => q.Unit));
    }

    [Theory]
    [InlineData("The treaty ran for another 20 years after 1990.")]
    [InlineData("A further 15 of the delegates stayed on.")]
    [InlineData("Bulgaria sent 12 doctors, and 40 followed.")]
    public void ReadsNoBareFigureAfterAFurtherThatHasAUnitOrNoFurther(string text) =>
        Assert.DoesNotContain(QuantityParser.Find(text), q => q.Unit.Length == 0);

    [Fact]
    public void ReadsAFurtherFigureWithoutAUnit()
    {
        var found = QuantityParser.Find("Hungarian colleges took 250 Laotian trainees in 1971 and 380 more the next year; 90 more followed.");
        Assert.Equal([250m, 380m, 90m], found.Select(q => q.Amount));
        Assert.Equal(["trainees", "", ""], found.Select(q => q.Unit));
    }

    [Fact]
    public void ReadsABareFigureOfThem()
    {
        var found = QuantityParser.Find("Laotians studied in Sofia, and some 700 of them graduated.");
        Assert.Equal([700m], found.Select(q => q.Amount));
        Assert.Equal([""], found.Select(q => q.Unit));
    }

    [Fact]
    public void ReadsTheBareSizeOfAFurtherGroup()
    {
        var found = QuantityParser.Find("Sofia sent 35 surveyors in 1977, and a third team of some 60 arrived in 1979.");
        Assert.Equal([35m, 60m], found.Select(q => q.Amount));
        Assert.Equal(["surveyors", ""], found.Select(q => q.Unit));
        Assert.Empty(QuantityParser.Find("One of 60 was chosen, and the group met 12 times."));
    }

    [Theory]
    [InlineData("12.3 million", "12300000")]
    [InlineData("100,000", "100000")]
    [InlineData("two million", "2000000")]
    [InlineData("half a million", "500000")]
    [InlineData("a million", "1000000")]
    [InlineData("twenty-five", "25")]
    [InlineData("one hundred and twenty", "120")]
    [InlineData("three thousand five hundred", "3500")]
    [InlineData("2.8 billion", "2800000000")]
    public void ParsesNumbersInDigitsAndWords(string words, string expected)
    {
        Assert.Equal(decimal.Parse(expected, CultureInfo.InvariantCulture), QuantityParser.ParseNumber(words));
    }

    [Theory]
    [InlineData("many")]
    [InlineData("hundreds")]
    [InlineData("")]
    public void DoesNotParseVagueAmounts(string words)
    {
        Assert.Null(QuantityParser.ParseNumber(words));
    }
}
