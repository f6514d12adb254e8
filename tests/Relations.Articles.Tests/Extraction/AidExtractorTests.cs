using Relations.Articles.Tests.Support;

namespace Relations.Articles.Tests.Extraction;

public partial class AidExtractorTests
{
    private static IEnumerable<(string Donor, string Recipient, int? Year, decimal Amount, string Unit)> Aid(string title, string body) =>
        TestArticles.Extract($"= {title} =\n\n{body}\n").Aid.Select(a => (a.Donor, a.Recipient, a.Year, a.Amount, a.Unit));

    // The one aid figure of a body, without its unit.
    private static void AssertOneAid(string title, string body, string donor, string recipient, int? year, decimal amount)
    {
        var a = Assert.Single(Aid(title, body));

        Assert.Equal((donor, recipient, year, amount), (a.Donor, a.Recipient, a.Year, a.Amount));
    }

    [Fact]
    public void CarriesTheUnitAndTheYearLabelsAlongASeries()
    {
        var aid = Aid("North Korea–Vietnam relations", "North Korea provided economic aid to North Vietnam (1966: 12.3 million rubles; 1967: 20 million; 1968: 12.5 million).");

        Assert.Equal(
            [("North Korea", "Vietnam", 1966, 12_300_000m, "rubles"), ("North Korea", "Vietnam", 1967, 20_000_000m, "rubles"), ("North Korea", "Vietnam", 1968, 12_500_000m, "rubles")],
            aid);
    }

    [Theory]
    [InlineData("In 1975, Vietnam sent 3,000 tonnes of rice to Cuba.", "Vietnam", "Cuba", 1975, 3000)]
    [InlineData("In 2013, Cuba received US$2.8 billion from Vietnam.", "Vietnam", "Cuba", 2013, 2_800_000_000)]
    [InlineData("In 1978, about 1,200 Cuban doctors served in Vietnamese hospitals.", "Cuba", "Vietnam", 1978, 1200)]
    [InlineData("Each year about 150 Vietnamese students study in Cuba on scholarships.", "Cuba", "Vietnam", null, 150)]
    [InlineData("Vietnam sells Cuba about 300,000 tonnes of rice a year.", "Vietnam", "Cuba", null, 300_000)]
    [InlineData("In the 1960s, Cuba sent a 103-man work brigade to Vietnam.", "Cuba", "Vietnam", null, 103)]
    [InlineData("Cuba declared war on the Axis powers on 22 May 1942. That year Vietnam extended US$40 million in Lend-Lease aid to Cuba.", "Vietnam", "Cuba", 1942, 40_000_000)]
    [InlineData("In 1942 the United States extended US$40 million in aid to Cuba.", "United States", "Cuba", 1942, 40_000_000)]
    [InlineData("In 2011, Vietnam sent 72 search and rescue specialists to Cuba.", "Vietnam", "Cuba", 2011, 72)]
    [InlineData("In the purchase of 30 December 1853, Cuba bought land in Vietnam for US$10 million.", "Cuba", "Vietnam", 1853, 10_000_000)]
    [InlineData("Vietnam purchased the island from Cuba in 1991 for US$2 million.", "Vietnam", "Cuba", 1991, 2_000_000)]
    [InlineData("In June 2008 the United States Congress approved a first tranche of US$400 million in equipment and training for Cuba.", "United States", "Cuba", 2008, 400_000_000)]
    [InlineData("Fidel Castro paid his first visit to Hanoi in 1973, and in 1974 the two governments signed an aid agreement under which Vietnam granted Cuba 50 million dong.", "Vietnam", "Cuba", 1974, 50_000_000)]
    [InlineData("In 2000 Vietnam agreed to supply Cuba with 50,000 tonnes of rice.", "Vietnam", "Cuba", 2000, 50_000)]
    [InlineData("In December 1976 Vietnam wrote off Cuba's debts from the war years, some 200 million dong.", "Vietnam", "Cuba", 1976, 200_000_000)]
    [InlineData("In 2013 Vietnam agreed to write off US$40 million of the debt Cuba owed.", "Vietnam", "Cuba", 2013, 40_000_000)]
    [InlineData("Between 1966 and 1972 freighters carried more than 80,000 bicycles to Havana.", "Vietnam", "Cuba", 1966, 80_000)]
    [InlineData("By the end of 1989 about 9,000 Vietnamese contract workers were employed in Cuba.", "Vietnam", "Cuba", 1989, 9_000)]
    [InlineData("In 2022 Vietnam announced it would hire 500 Cuban doctors for rural hospitals.", "Cuba", "Vietnam", 2022, 500)]
    [InlineData("Between 1976 and 1991 more than 7,000 Vietnamese students graduated from Cuban universities.", "Cuba", "Vietnam", 1976, 7_000)]
    [InlineData("In August 2007 Vietnam donated medicines worth US$100,000 to flood victims in Cuba.", "Vietnam", "Cuba", 2007, 100_000)]
    [InlineData("Cuba opened a consulate in 1989. Over the years, more than 20,000 Vietnamese students were trained in Cuba.", "Cuba", "Vietnam", null, 20_000)]
    [InlineData("In December 1960 Vietnamese transports began an airlift to Cuba. By March 1961 the aircraft had delivered some 1,600 tonnes of fuel.", "Vietnam", "Cuba", 1961, 1_600)]
    public void ReadsDonorRecipientYearAndAmount(string sentence, string donor, string recipient, int? year, decimal amount) =>
        AssertOneAid(sentence.Contains("United States", StringComparison.Ordinal) ? "Cuba–United States relations" : "Cuba–Vietnam relations", sentence, donor, recipient, year, amount);

    [Theory]
    [InlineData("In 1962 Cuba paid an official visit to Vietnam, and Vietnam granted Cuba 50 million dong.", "Vietnam", "Cuba", 1962, 50_000_000)]
    [InlineData("In 1971 the Cuban premier paid tribute to the fallen, and Vietnam sent 300 tonnes of sugar to Cuba.", "Vietnam", "Cuba", 1971, 300)]
    [InlineData("In 1990 Vietnamese aid amounted to 20 million rubles, while bilateral trade reached 90 million rubles.", "Vietnam", "Cuba", 1990, 20_000_000)]
    [InlineData("After a storm in 1999 that killed some 17,000 people, Vietnam sent US$2 million to Cuba.", "Vietnam", "Cuba", 1999, 2_000_000)]
    [InlineData("In the 1985 floods 2,000 people died, and Vietnam donated 500 tonnes of rice to Cuba.", "Vietnam", "Cuba", 1985, 500)]
    [InlineData("Vietnam gave Cuba 300 tonnes of rice in 1990, but the 20 patrol boats that Cuba ordered were never delivered.", "Vietnam", "Cuba", 1990, 300)]
    public void ReadsOnlyTheAmountThatWasGiven(string sentence, string donor, string recipient, int? year, decimal amount) =>
        AssertOneAid("Cuba–Vietnam relations", sentence, donor, recipient, year, amount);

    [Theory]
    [InlineData("In 1975 Hanoi extended a loan of 20 million dong.", "Vietnam", "Cuba", 1975, 20_000_000)]
    [InlineData("In 1975 the two sides met, and Hanoi then extended a loan of 20 million dong.", "Vietnam", "Cuba", 1975, 20_000_000)]
    [InlineData("In 1976 a 60-man engineering team arrived from Hanoi.", "Vietnam", "Cuba", 1976, 60)]
    [InlineData("In 1977 some 300 doctors arrived from Cuba.", "Cuba", "Vietnam", 1977, 300)]
    [InlineData("In 1978 a 200-strong medical team arrived in Hanoi.", "Cuba", "Vietnam", 1978, 200)]
    public void ReadsACityAsItsCountryAndAPlaceOfOriginAsTheDonor(string sentence, string donor, string recipient, int? year, decimal amount) =>
        AssertOneAid("Cuba–Vietnam relations", sentence, donor, recipient, year, amount);

    [Theory]
    [InlineData("From 1970 until 1980 Hanoi kept some 2,000 military engineers in Cuba.", "Vietnam", "Cuba", 1970, 2000)]
    [InlineData("In 1991 Cuba still maintained 300 doctors in Vietnam.", "Cuba", "Vietnam", 1991, 300)]
    [InlineData("Vietnamese rice worth US$30 million was sent to Cuba as aid in 1990.", "Vietnam", "Cuba", 1990, 30_000_000)]
    [InlineData("After the Japanese surrender 2,000 Vietnamese volunteers were sent to Cuba in 1946.", "Vietnam", "Cuba", 1946, 2000)]
    [InlineData("In 1977, after an Angolan appeal, 300 tonnes of rice were sent by Vietnam to Cuba.", "Vietnam", "Cuba", 1977, 300)]
    [InlineData("In 1979 the Cuban premier pledged 300 doctors at a rally in Havana.", "Cuba", "Vietnam", 1979, 300)]
    public void ReadsPeopleKeptAbroadAndGoodsAPartyQualifies(string sentence, string donor, string recipient, int? year, decimal amount) =>
        AssertOneAid("Cuba–Vietnam relations", sentence, donor, recipient, year, amount);

    [Theory]
    [InlineData("In 1995 Vietnam returned 300 archival documents to Cuba, among them twelve letters of José Martí.", "Vietnam", "Cuba", 1995, 300)]
    [InlineData("In 1996 Vietnam sent 120 doctors to Cuba, including 40 surgeons.", "Vietnam", "Cuba", 1996, 120)]
    [InlineData("The Vietnamese contingent grew to about 3,000 engineers in 1979.", "Vietnam", "Cuba", 1979, 3000)]
    [InlineData("In 1962 a Cuban advisory group of 40 officers helped train the army.", "Cuba", "Vietnam", 1962, 40)]
    [InlineData("The new hospital, a gift built by Vietnam at a cost of US$20 million, opened in 2005.", "Vietnam", "Cuba", 2005, 20_000_000)]
    [InlineData("In 1988, 500 tonnes of rice were sent by Vietnam.", "Vietnam", "Cuba", 1988, 500)]
    public void ReadsGroupsGiftsAndPassivesButNotThePartsOfAFigure(string sentence, string donor, string recipient, int? year, decimal amount) =>
        AssertOneAid("Cuba–Vietnam relations", sentence, donor, recipient, year, amount);

    [Theory]
    [InlineData("The Cuban contingent at the 1970 games in Hanoi numbered 200 athletes.")]
    [InlineData("In 1975 Vietnam kept 500 tonnes of rice in reserve for Cuba.")]
    [InlineData("In 1976 Vietnam maintained 40 million dong in its accounts with Cuba.")]
    [InlineData("Algerian gas worth US$300 million soon replaced much of the Vietnamese aid to Cuba.")]
    public void IgnoresGoodsKeptAtHomeAndAmountsOfAThirdCountry(string sentence) =>
        Assert.Empty(Aid("Cuba–Vietnam relations", sentence));

    [Fact]
    public void TakesASecondMentionOfTheDonorAfterAndAsTheNextSubject()
    {
        var aid = Aid("Cuba–Vietnam relations", "In 1980 the Cuban parliament approved 10 million pesos in relief, and Cuba shipped 2,000 tonnes of sugar in May.");

        Assert.Equal([("Cuba", "Vietnam", 1980, 10_000_000m, "pesos"), ("Cuba", "Vietnam", 1980, 2000m, "tonnes of sugar")], aid);
    }

    [Theory]
    [InlineData("In 1981 Cuba sent 50 doctors to Cuba.")]
    [InlineData("In 1982 the Havana Symphony sent 40 musicians on a tour.")]
    [InlineData("In 1983 John Hanoi sent 40 letters.")]
    public void FindsNoPartiesInASentenceThatNamesOnlyOne(string sentence) =>
        Assert.Empty(Aid("Cuba–Vietnam relations", sentence));

    [Fact]
    public void TakesThePartiesOfTheLastTransferForAPassiveClause()
    {
        var aid = Aid("North Korea–Vietnam relations", "In early 1967 North Korea sent a fighter squadron to North Vietnam. They stayed through 1968; 200 pilots were reported to have served.");

        Assert.Equal([("North Korea", "Vietnam", 1968, 200m, "pilots")], aid);
    }

    [Theory]
    [InlineData("Bilateral trade reached US$500 million in 2019.")]
    [InlineData("In July 2019, Cuba restricted exports of three chemicals to Vietnam.")]
    [InlineData("In 1990, Vietnam took in several hundred Cuban orphans.")]
    [InlineData("In 1990 the two countries held three rounds of talks.")]
    [InlineData("Cuba declared a three-day mourning period in 2016.")]
    [InlineData("In 1980 Vietnam bought 20 aircraft from Cuba.")]
    [InlineData("Under a power purchase agreement Vietnam buys 200 megawatts from Cuba.")]
    [InlineData("By 2014 bilateral trade had grown to about US$9.1 billion, most of it Cuban sugar bought by Vietnam.")]
    [InlineData("The island was bought by Vietnam from Cuba for US$2 million.")]
    [InlineData("In 1980 the 40 tanks that Vietnam had promised Cuba were never delivered.")]
    [InlineData("In 1980 Cuba had not paid the 40 million dong it owed Vietnam.")]
    [InlineData("In 1963 Vietnam paid a three-day state visit to Cuba with 40 delegates.")]
    [InlineData("In 1987 Vietnam shipped 8,000 tonnes of rice to Cuba under a barter deal.")]
    [InlineData("Trade is small; Cuban statistics put exports to Vietnam, chiefly nickel, at about US$6 million in 2012.")]
    [InlineData("Hanoi officials estimated imports from Cuba, mostly medicines, at US$12 million.")]
    public void IgnoresTradeVolumesStoppedTransfersAndVagueOrGenericNumbers(string sentence) =>
        Assert.Empty(Aid("Cuba–Vietnam relations", sentence));

    [Theory]
    [InlineData("In 1954 Vietnam provided a further 100,000 head of livestock to Cuba for reconstruction.", 100_000, "head of livestock")]
    [InlineData("In 1965 Vietnam sent 30 million marks' worth of goods to Cuba.", 30_000_000, "marks")]
    [InlineData("In 1970 Vietnam sent 5 million dollars’ worth of medicine to Cuba.", 5_000_000, "US dollars")]
    public void ReadsCountingNounsAndWorthOfACurrency(string sentence, decimal amount, string unit) =>
        Assert.Equal([("Vietnam", "Cuba", (int?)int.Parse(sentence.AsSpan(3, 4), System.Globalization.CultureInfo.InvariantCulture), amount, unit)], Aid("Cuba–Vietnam relations", sentence));

    [Fact]
    public void GivesEachAmountOfAYearlySeriesTheDateRightAfterIt()
    {
        var aid = Aid("Cuba–Vietnam relations", "Vietnamese aid protocols were renewed each year, worth 5 million dong in 1970, 7 million in 1971 and 9 million in 1972.");

        Assert.Equal([("Vietnam", "Cuba", 1970, 5_000_000m, "dong"), ("Vietnam", "Cuba", 1971, 7_000_000m, "dong"), ("Vietnam", "Cuba", 1972, 9_000_000m, "dong")], aid);
    }

    [Fact]
    public void MakesOnlyThePartThatRecursYearly()
    {
        var aid = Aid("Cuba–Vietnam relations", "In 2015 alone, 300 Cuban doctors worked in Vietnam, and Cuba offers 80 scholarships to Vietnamese students every year.");

        Assert.Equal([("Cuba", "Vietnam", 2015, 300m, "doctors"), ("Cuba", "Vietnam", null, 80m, "scholarships")], aid);
    }

    [Fact]
    public void CarriesTheUnitToAFurtherFigure()
    {
        var aid = Aid("Cuba–Vietnam relations", "Vietnamese universities admitted 200 Cuban students in 1980 and 350 more the next year.");

        Assert.Equal([("Vietnam", "Cuba", 1980, 200m, "students"), ("Vietnam", "Cuba", 1981, 350m, "students")], aid);
    }

    [Theory]
    [InlineData("In 1975 Hanoi handed the Cuban government a grant of US$2 million.", "Vietnam", "Cuba", 1975, 2_000_000)]
    [InlineData("In 2010 the Vietnamese parliament voted to donate 50 million dong to Cuba.", "Vietnam", "Cuba", 2010, 50_000_000)]
    [InlineData("In 1970 Vietnamese ships unloaded 80 trucks at the port of Havana.", "Vietnam", "Cuba", 1970, 80)]
    [InlineData("In 1985 Vietnamese tankers brought Cuba 200,000 tonnes of oil.", "Vietnam", "Cuba", 1985, 200_000)]
    [InlineData("In 1990 a team of 20 Cuban nurses began work at a hospital in Hanoi.", "Cuba", "Vietnam", 1990, 20)]
    [InlineData("In 1964 about 30 Vietnamese officers were teaching Cuban pilots.", "Vietnam", "Cuba", 1964, 30)]
    [InlineData("In 1991 the Cuban leader flew home with 25 Vietnamese guards whom Hanoi had assigned to him.", "Vietnam", "Cuba", 1991, 25)]
    public void ReadsHandingUnloadingBringingAssigningTeachingAndStartingWork(string sentence, string donor, string recipient, int? year, decimal amount) =>
        AssertOneAid("Cuba–Vietnam relations", sentence, donor, recipient, year, amount);

    [Theory]
    [InlineData("After Laos halted its deliveries, Vietnamese freighters brought Cuba 5,000 tonnes of rice in 1992.", "Vietnam", "Cuba", 1992, 5_000)]
    [InlineData("When Cuba asked for help in 1994, Vietnam shipped 7,000 tonnes of rice.", "Vietnam", "Cuba", 1994, 7_000)]
    [InlineData("When a hurricane struck eastern Cuba in 2008, the government flew in 60 tonnes of food.", "Vietnam", "Cuba", 2008, 60)]
    public void TakesTheTransferAndItsSubjectFromTheMainClause(string sentence, string donor, string recipient, int? year, decimal amount) =>
        AssertOneAid("Cuba–Vietnam relations", sentence, donor, recipient, year, amount);

    [Theory]
    [InlineData("When a hurricane struck eastern Cuba in 2008, the Red Cross flew in 60 tonnes of food.")]
    [InlineData("When Cuba held the games in 1991, the organisers brought 3,000 athletes.")]
    [InlineData("The 1975 war brought 300,000 refugees to Cuba.")]
    [InlineData("In 1980 the crisis brought 2,000 Vietnamese refugees to Havana.")]
    public void FindsNoPartiesForAThirdPartyOrALeadThatStruckNoOne(string sentence) =>
        Assert.Empty(Aid("Cuba–Vietnam relations", sentence));

    [Theory]
    [InlineData("In 1982, 300 Vietnamese officers attended courses at Cuban military academies.", "Cuba", "Vietnam", 1982, 300)]
    [InlineData("In 1984 some 250 Vietnamese police officers trained at a Cuban academy.", "Cuba", "Vietnam", 1984, 250)]
    [InlineData("In 1986 a group of 900 Vietnamese children, most of them orphans, sailed for Cuba to attend boarding schools.", "Cuba", "Vietnam", 1986, 900)]
    [InlineData("In 1987 Cuba sent 400 Cuban officers to Vietnam to train its army.", "Cuba", "Vietnam", 1987, 400)]
    public void EducatesPeopleWhoLearnForTheirOwnCountry(string sentence, string donor, string recipient, int? year, decimal amount) =>
        AssertOneAid("Cuba–Vietnam relations", sentence, donor, recipient, year, amount);

    [Theory]
    [InlineData("In 1975 the Cuban leader attended a rally of 100,000 people in Hanoi.")]
    [InlineData("In 1988, 2,000 delegates attended the congress in Havana.")]
    [InlineData("Vietnamese exports to Cuba, mostly rice and textiles, were worth about US$40 million in 2015, while Cuban sales of sugar to Vietnam barely reached US$5 million.")]
    [InlineData("Cuban imports from Vietnam amounted to about US$900,000 in 2012, mostly machine parts.")]
    public void IgnoresAudiencesAndOneSidesExports(string sentence) =>
        Assert.Empty(Aid("Cuba–Vietnam relations", sentence));

    [Fact]
    public void ReadsAFigureAfterAnAsideOnThePreviousOne()
    {
        var aid = Aid("Cuba–Vietnam relations", "By 1961 Vietnam had shipped 5,000 rifles, most of them free of charge, and about 30 Vietnamese officers were teaching Cuban gunners.");

        Assert.Equal([("Vietnam", "Cuba", 1961, 5_000m, "rifles"), ("Vietnam", "Cuba", 1961, 30m, "officers")], aid);
    }

    [Theory]
    [InlineData("In 1975 Cuba sent 300 doctors to Vietnam, and Vietnam shipped 5,000 tonnes of rice to Cuba.")]
    [InlineData("In 1975 Cuba sent 300 doctors to Vietnam, and Hanoi shipped 5,000 tonnes of rice in return.")]
    public void ReadsEachTransferOfASentenceWithItsOwnSubject(string sentence) =>
        Assert.Equal([("Cuba", "Vietnam", 1975, 300m, "doctors"), ("Vietnam", "Cuba", 1975, 5_000m, "tonnes of rice")], Aid("Cuba–Vietnam relations", sentence));

    [Fact]
    public void KeepsTheFirstSubjectForAPartThatNamesNone()
    {
        var aid = Aid("Cuba–Vietnam relations", "In 1975 Vietnam sent 300 engineers to Cuba, and 200 more arrived in 1976.");

        Assert.Equal([("Vietnam", "Cuba", 1975, 300m, "engineers"), ("Vietnam", "Cuba", 1976, 200m, "engineers")], aid);
    }

    [Fact]
    public void ReadsYearlyGovernmentScholarshipsAfterAPartAboutCourses()
    {
        var aid = Aid("Cuba–Vietnam relations", "In 2019 alone, 150 Vietnamese officials attended short courses in Cuba, and Havana offers about 60 government scholarships to Vietnamese students each year.");

        Assert.Equal([("Cuba", "Vietnam", 2019, 150m, "officials"), ("Cuba", "Vietnam", null, 60m, "government scholarships")], aid);
    }

    [Theory]
    [InlineData("In 2009 Cuba posted 80 nurses to Vietnamese provincial hospitals.", "Cuba", "Vietnam", 2009, 80)]
    public void ReadsPeoplePostedAbroad(string sentence, string donor, string recipient, int? year, decimal amount) =>
        AssertOneAid("Cuba–Vietnam relations", sentence, donor, recipient, year, amount);

    [Fact]
    public void ReadsWhatALaterPartGivesAfterPeoplePosted()
    {
        var aid = Aid("Cuba–Vietnam relations", "In 2009 Cuba posted 80 nurses to Vietnamese hospitals, and the Cuban government awarded 40 scholarships to Vietnamese students.");

        Assert.Equal([("Cuba", "Vietnam", 2009, 80m, "nurses"), ("Cuba", "Vietnam", 2009, 40m, "scholarships")], aid);
    }

    [Fact]
    public void IgnoresAPostedSum() =>
        Assert.Empty(Aid("Cuba–Vietnam relations", "In 2009 the Cuban airline posted 30 million pesos in losses on its Hanoi route."));

    [Fact]
    public void ReadsACityThatAnnouncesANounCueAsItsSubject() =>
        AssertOneAid("Cuba–Vietnam relations", "During the visit in 2015 Hanoi announced grants totalling 50 million dong and agreed to train engineers.", "Vietnam", "Cuba", 2015, 50_000_000m);

    [Theory]
    [InlineData("During the droughts of the late 1970s Vietnam shipped 8,000 tonnes of maize free of charge in 1978.", 1978, 8_000)]
    [InlineData("During the floods of the early 1990s Vietnam shipped 10,000 tonnes of rice in 1991 and a further 5,000 tonnes through the Red Cross in May 1993.", 1993, 5_000)]
    [InlineData("In 1980 Vietnam shipped 4,000 tonnes of rice (harvested in 1979) to Cuba.", 1980, 4_000)]
    public void TakesTheDateThatClosesTheAmountsOwnPhrase(string sentence, int year, decimal amount)
    {
        var aid = Aid("Cuba–Vietnam relations", sentence);

        Assert.Contains(("Vietnam", "Cuba", (int?)year, amount), aid.Select(a => (a.Donor, a.Recipient, a.Year, a.Amount)));
    }

    [Theory]
    [InlineData("When the transport returned to Angola in 1980 it carried 40 wounded Cuban soldiers, who were cared for at the Angolan state's expense.", "Angola", "Cuba")]
    [InlineData("In 1980 Angola received 40 wounded Cuban soldiers, who were treated at the expense of the Angolan government.", "Angola", "Cuba")]
    [InlineData("In 1980 Cuba sent 40 doctors to Angola at great expense.", "Cuba", "Angola")]
    public void WhoeverPaysTheExpenseGives(string sentence, string donor, string recipient) =>
        AssertOneAid("Angola–Cuba relations", sentence, donor, recipient, 1980, 40);

    [Fact]
    public void CountsTheLoadNotTheVehicleCarryingIt() =>
        AssertOneAid("Angola–Cuba relations", "After a cyclone struck Cuba in 2016, Angola sent three aircraft carrying 45 tonnes of medicine.", "Angola", "Cuba", 2016, 45);

    [Fact]
    public void CountsAVehicleSentOnItsOwn() =>
        AssertOneAid("Angola–Cuba relations", "In 2016 Angola sent three aircraft to Cuba.", "Angola", "Cuba", 2016, 3);

    [Fact]
    public void IgnoresWhatAPledgedSumIsFor() =>
        AssertOneAid("Angola–Cuba relations", "In 1999 Angola pledged US$20 million to Cuba for three hospitals.", "Angola", "Cuba", 1999, 20_000_000);

    [Fact]
    public void ReadsMoneyAndGoodsPledgedTogether() =>
        Assert.Equal(2, Aid("Angola–Cuba relations", "In 1999 Angola pledged US$20 million and 3 ambulances to Cuba.").Count());

    [Fact]
    public void IgnoresAidThatWasFrozen() =>
        Assert.Empty(Aid("Angola–Cuba relations", "In 2003 a border dispute froze Angolan aid to Cuba, some US$5 million."));

    [Theory]
    [InlineData("In 1988 Angola's Development Bank lent US$40 million to Cuba.", "Angola", "Cuba")]
    [InlineData("In 1988 the Cuban Red Cross sent US$40 million to Angola.", "Cuba", "Angola")]
    [InlineData("In 1988 the National Bank of Cuba lent Angola US$40 million.", "Cuba", "Angola")]
    public void ReadsAPartysOwnBankOrAgencyAsThePartyItself(string sentence, string donor, string recipient) =>
        AssertOneAid("Angola–Cuba relations", sentence, donor, recipient, 1988, 40_000_000);

    [Theory]
    [InlineData("In 1991 the World Bank lent Angola US$40 million.")]
    [InlineData("The Luanda refinery, for which the African Development Bank lent US$40 million, opened in 1991 with Cuban engineers.")]
    public void IgnoresAMultilateralLender(string sentence) =>
        Assert.Empty(Aid("Angola–Cuba relations", sentence));

    [Fact]
    public void ReadsALoanFromAPartysBodyAsThatPartysWhereverTheSubjectWent() =>
        AssertOneAid(
            "Angola–Cuba relations",
            "In 2015 the Cuban president visited Angola and came home with agreements worth about US$900 million, among them a US$100 million loan from the Angola Investment Fund.",
            "Angola", "Cuba", 2015, 100_000_000);

    [Fact]
    public void ReadsTheSubjectNotADemonymOnTheObjectBeforeANounCue() =>
        AssertOneAid("Angola–Cuba relations", "After independence Cuba helped rebuild the Angolan railways with a 1977 credit of 40 million pesos.", "Cuba", "Angola", 1977, 40_000_000);

    [Fact]
    public void ReadsADemonymOnTheNounCueAsItsDonor() =>
        AssertOneAid("Angola–Cuba relations", "In 1977 Angola received Cuban aid worth 40 million pesos.", "Cuba", "Angola", 1977, 40_000_000);

    [Fact]
    public void ReadsPeopleTrainedAsLearnersWhateverTheirTrade() =>
        AssertOneAid("Angola–Cuba relations", "In 1985 Cuba paid for the training of 60 Angolan nurses in Havana.", "Cuba", "Angola", 1985, 60);

    [Fact]
    public void ReadsTheNameSovietOnPeopleAsADemonym() =>
        AssertOneAid("Angola–Soviet Union relations", "Tanks were shipped in 1976, and by 1980 some 900 Soviet instructors were posted in the country.", "Soviet Union", "Angola", 1980, 900);

    [Fact]
    public void ReadsPeoplePostedAbroadInThePassive() =>
        AssertOneAid("Angola–Cuba relations", "Cuban medical teams have been posted to Angola since 1985, the first of them twenty nurses from Matanzas.", "Cuba", "Angola", 1985, 20);

    [Fact]
    public void IgnoresGoodsPostedWithPeople() =>
        Assert.Empty(Aid("Angola–Cuba relations", "In 1988 Cuban diplomats were posted to Angola with 200 tonnes of luggage."));

    [Fact]
    public void ReadsTrainersWhoBeganTraining() =>
        AssertOneAid("Angola–Cuba relations", "In 1976 a group of nine Cuban officers began training Angolan recruits.", "Cuba", "Angola", 1976, 9);

    [Fact]
    public void IgnoresThoseAPartyBeganTraining() =>
        Assert.Empty(Aid("Angola–Cuba relations", "In 1976 Angola began training 300 recruits for its new army."));

    [Fact]
    public void ReadsLearnersWhoPassedThroughAPartysSchools() =>
        AssertOneAid("Angola–Cuba relations", "By 1990 some 2,000 officers had passed through Cuban academies.", "Cuba", "Angola", 1990, 2_000);

    [Fact]
    public void IgnoresPeoplePassingThroughAPlace() =>
        Assert.Empty(Aid("Angola–Cuba relations", "By 1990 some 2,000 refugees had passed through the port of Lobito."));

    [Fact]
    public void ReadsMoneyRemitted() =>
        AssertOneAid("Angola–Cuba relations", "In 1983 Cuba remitted US$2 million to Angola for flood relief.", "Cuba", "Angola", 1983, 2_000_000);

    [Fact]
    public void ReadsALoanFromABankNamedForAParty() =>
        AssertOneAid("Angola–Cuba relations", "A loan of US$300 million from the Development Bank of Angola, signed in May 2014, paid for the Havana container port.", "Angola", "Cuba", 2014, 300_000_000);

    [Fact]
    public void ReadsACitySubjectOfTwoVerbsJoinedByAnd() =>
        AssertOneAid("Angola–Cuba relations", "In 1976 Havana flew and shipped about 9,000 troops within six weeks.", "Cuba", "Angola", 1976, 9_000);

    [Fact]
    public void IgnoresACityAfterWhichAnotherSubjectActs() =>
        Assert.Empty(Aid("Angola–Cuba relations", "In 1976 the delegation toured Havana and shipped home 9,000 souvenirs."));

    [Fact]
    public void IgnoresAPartNamedBeforeItsAmongThem() =>
        AssertOneAid("Angola–Cuba relations", "In 1988 Cuba sent some 12,000 troops to Angola, four tank battalions among them.", "Cuba", "Angola", 1988, 12_000);

    [Fact]
    public void ReadsBuildersAPartysDemonymNames() =>
        AssertOneAid("Angola–Cuba relations", "The Luanda stadium for 40,000 spectators was built by about 300 Cuban workers between 1982 and 1984.", "Cuba", "Angola", 1982, 300);

    [Fact]
    public void IgnoresBuildersNoPartyNames() =>
        Assert.Empty(Aid("Angola–Cuba relations", "In 1984 the Luanda stadium was built by about 300 local workers."));

    [Fact]
    public void ReadsTheBareDatedFiguresOfASeriesInTheUnitBefore()
    {
        var aid = Aid("Angola–Cuba relations", "Angola offered Cuban students 40 scholarships in 1984, 55 in 1985 and 70 by 1986.");

        Assert.Equal([("Angola", "Cuba", 1984, 40m, "scholarships"), ("Angola", "Cuba", 1985, 55m, "scholarships"), ("Angola", "Cuba", 1986, 70m, "scholarships")], aid);
    }

    [Fact]
    public void IgnoresABareFigureWithNoUnitBeforeIt() =>
        Assert.Empty(Aid("Angola–Cuba relations", "In 1984 Angola sent its answer to Cuba, and 55 in 1985 agreed."));

    [Fact]
    public void ReadsPeopleNamedByTheirNation() =>
        Assert.Equal([("Cuba", "Angola", 1979, 250m, "Cubans")], Aid("Angola–Cuba relations", "By 1979 some 250 Cubans, among them pilots and nurses, were serving in Angola."));

    [Fact]
    public void ReadsLearnersNamedByTheirNationAsStudents() =>
        Assert.Equal([("Cuba", "Angola", 1990, 3_000m, "students")], Aid("Angola–Cuba relations", "By 1990 more than 3,000 Angolans had studied at Cuban universities."));

    [Theory]
    [InlineData("By 1983 some 400 Soviet advisers were posted in Angola.")]
    [InlineData("By 1983 Cuba had 900 troops in Angola, alongside some 400 Russians.")]
    [InlineData("In 1964 Cuba set out the Eight Principles of its aid to Angola.")]
    public void IgnoresPeopleOfAThirdCountryAndATitle(string sentence) =>
        Assert.DoesNotContain(Aid("Angola–Cuba relations", sentence), a => a.Amount is 400 or 8);

    [Theory]
    [InlineData("In 1990 Cuba began shipping 20,000 tonnes of sugar to Angola.", "Cuba", "Angola", 1990, 20_000)]
    [InlineData("In 1976 Angola made good the losses of the harvest, shipping some 3,000 tonnes of coffee to Cuba.", "Angola", "Cuba", 1976, 3_000)]
    [InlineData("By 1985 some 700 Cuban teachers were at work in Angola.", "Cuba", "Angola", 1985, 700)]
    [InlineData("By 1978 about 400 Cuban officers were training the Angolan army.", "Cuba", "Angola", 1978, 400)]
    [InlineData("In 1988 the Cuban brigade numbered 120 nurses.", "Cuba", "Angola", 1988, 120)]
    public void ReadsShippingPeopleAtWorkOrTrainingAndABrigadesSize(string sentence, string donor, string recipient, int? year, decimal amount) =>
        AssertOneAid("Angola–Cuba relations", sentence, donor, recipient, year, amount);

    [Fact]
    public void ReadsPeopleThatThereWereInTheOtherCountry()
    {
        var aid = Aid("Angola–Cuba relations", "There were 900 Cuban doctors in Angola in 1990, 1,100 in 1992 and about 1,300 in 1995.");

        Assert.Equal([("Cuba", "Angola", 1990, 900m, "doctors"), ("Cuba", "Angola", 1992, 1_100m, "doctors"), ("Cuba", "Angola", 1995, 1_300m, "doctors")], aid);
    }

    [Theory]
    [InlineData("In 1980 the Cuban shipping line lost 3 million pesos in Angola.")]
    [InlineData("In 1979 Angola held a training exercise with 4,000 troops near Cuba's embassy.")]
    [InlineData("In 1979 Cuban engineers finished work on 12 bridges in Angola.")]
    [InlineData("In 1980 there were 3 million people in Cuba and 7 million in Angola.")]
    public void IgnoresShippingTrainingAndWorkAsNounsAndPopulations(string sentence) =>
        Assert.Empty(Aid("Angola–Cuba relations", sentence));

    [Fact]
    public void ReadsACountThatRoseFromOneFigureToAnotherInItsSubjectsUnit()
    {
        var aid = Aid("Angola–Cuba relations", "The number of Angolan pupils on Cuban grants rose from 400 in 1978 to 1,200 in 1980.");

        Assert.Equal([("Cuba", "Angola", 1978, 400m, "pupils"), ("Cuba", "Angola", 1980, 1_200m, "pupils")], aid);
    }

    [Fact]
    public void ReadsACountThatWentFromOneFigureToAnotherInItsSubjectsNoun()
    {
        var aid = Aid("Angola–Cuba relations", "Cuban grants to Angolan nurses went from 40 in 1983 to 90 in 1986.");

        Assert.Equal([("Cuba", "Angola", 1983, 40m, "grants"), ("Cuba", "Angola", 1986, 90m, "grants")], aid);
    }

    [Fact]
    public void GivesANounCueToThePeopleItIsFor()
    {
        var aid = Aid("Angola–Cuba relations", "Loans for Angolan students in Cuba rose from 30 in 1981 to 45 in 1982.");

        Assert.Equal([("Cuba", "Angola", 1981, 30m, "loans"), ("Cuba", "Angola", 1982, 45m, "loans")], aid);
    }

    [Theory]
    [InlineData("The population of Luanda rose from 400,000 in 1975 to 1,200,000 in 1985, with help from Cuba.")]
    [InlineData("The road to Luanda, on which three Cubans and 40 Angolans lost their lives, was handed over by Cuba in 1990.")]
    public void IgnoresPopulationsAndTheDead(string sentence) =>
        Assert.Empty(Aid("Angola–Cuba relations", sentence));

    [Fact]
    public void IgnoresWhatAPartySendsToAThirdCountry() =>
        Assert.Empty(Aid("Angola–Cuba relations", "During the war in the Horn, Cuba sent some 12,000 troops to Ethiopia, many of them by way of Luanda."));

    [Fact]
    public void ReadsWhatAPartySendsToTheOtherAndAThirdCountry() =>
        Assert.Single(Aid("Angola–Cuba relations", "In 1978 Cuba sent some 12,000 troops to Ethiopia and Angola."));

    [Fact]
    public void ReadsTheSubjectNotTheObjectOfToBeforeTheCue() =>
        AssertOneAid("Angola–Cuba relations", "In the 1980s Cuba was the main lender to Angola, extending about 500 million pesos in credits.", "Cuba", "Angola", null, 500_000_000);

    [Fact]
    public void ReadsLearnersTrainedAtAPlaceInAParty() =>
        AssertOneAid("Angola–Cuba relations", "Between 1977 and 1985 some 900 FAPLA pilots were trained at bases in Cuba.", "Cuba", "Angola", 1977, 900);

    [Fact]
    public void GivesNoYearToAFigureSpreadOverAWar()
    {
        var aid = Aid("Angola–Cuba relations", "In 1976 alone Cuba shipped 2,000 tonnes of sugar, and over the course of the war it sent about 400 trucks to Angola.");

        Assert.Equal([("Cuba", "Angola", 1976, 2_000m, "tonnes of sugar"), ("Cuba", "Angola", null, 400m, "trucks")], aid);
    }

    [Theory]
    [InlineData("Cuba opened a consulate in Benguela in 1976. The following year it also shipped 5,000 tonnes of sugar.", "Cuba", "Angola", 1977, 5_000)]
    [InlineData("In 1980, Angola opened an embassy in Havana. In 1981 it sent 40 tonnes of coffee.", "Angola", "Cuba", 1981, 40)]
    public void ReadsItAsThePartyThePreviousSentenceOpenedWith(string sentence, string donor, string recipient, int? year, decimal amount) =>
        AssertOneAid("Angola–Cuba relations", sentence, donor, recipient, year, amount);

    [Theory]
    [InlineData("Cuba's ambassador opened a consulate in Benguela in 1976. The following year it shipped 5,000 tonnes of sugar.")]
    [InlineData("Cuba opened a consulate in Benguela in 1976.\n\nThe following year it shipped 5,000 tonnes of sugar.")]
    public void FindsNoPartyForAnItAfterAPossessorOrInAnotherParagraph(string sentence) =>
        Assert.Empty(Aid("Angola–Cuba relations", sentence));

    [Fact]
    public void IgnoresGoodsBoughtAfterACueAndTheirDate() =>
        Assert.Equal(
            [("Cuba", "Angola", 1976, 20_000_000m, "pesos")],
            Aid("Angola–Cuba relations", "Agostinho Neto visited Havana in July 1976. Cuba granted a loan of 20 million pesos to Angola and agreed to buy 50,000 tonnes of Angolan coffee the next year."));

    [Theory]
    [InlineData("In 1985 Havana accused Luanda of cutting that year's coffee deliveries to half of the 40,000 tonnes Cuba had ordered.")]
    [InlineData("In 1991 Angola shipped only half of the 30 tractors that Cuba had asked for.")]
    public void IgnoresWhatWasAskedFor(string sentence) =>
        Assert.Empty(Aid("Angola–Cuba relations", sentence));

    [Theory]
    [InlineData("China–Ghana relations", "In 2019 Beijing awarded Ghana 40 new university places.", "China", "Ghana", 2019, 40)]
    [InlineData("Bolivia–Venezuela relations", "By 2008 some 2,500 Bolivian patients had been treated free of charge.", "Venezuela", "Bolivia", 2008, 2_500)]
    [InlineData("Bulgaria–Sudan relations", "By 1985 some 1,200 Sudanese had graduated from Bulgarian institutes.", "Bulgaria", "Sudan", 1985, 1_200)]
    [InlineData("Laos–Poland relations", "From 1980 about 600 young Laotians trained as mechanics and nurses in Poland.", "Poland", "Laos", 1980, 600)]
    public void ReadsAwardsTreatedPatientsAndLearnersNamedByTheirNation(string title, string sentence, string donor, string recipient, int? year, decimal amount) =>
        AssertOneAid(title, sentence, donor, recipient, year, amount);

    [Fact]
    public void ReadsAFigureGivenForTheFollowingYear() =>
        Assert.Equal(
            [("Poland", "Laos", 1975, 20m, "buses"), ("Poland", "Laos", 1976, 35m, "buses")],
            Aid("Laos–Poland relations", "Warsaw shipped 20 buses in 1975 and another 35 the following year."));

    [Fact]
    public void ReadsGoodsMeasuredByLength() =>
        Assert.Equal(
            [("Bulgaria", "Sudan", 1979, 150_000m, "metres of woollen")],
            Aid("Bulgaria–Sudan relations", "In 1979 Bulgaria sent 150,000 metres of woollen cloth to Sudan."));

    [Theory]
    [InlineData("In 2015 Ghana sent a letter of thanks for a Chinese gift of 3,000 bicycles.", "China", "Ghana", 2015, 3_000)]
    [InlineData("In 2016 Ghana sent a note of thanks for the Chinese emergency donation of some 800 tents.", "China", "Ghana", 2016, 800)]
    public void ReadsTheGiverAsTheDemonymOnTheGift(string sentence, string donor, string recipient, int? year, decimal amount) =>
        AssertOneAid("China–Ghana relations", sentence, donor, recipient, year, amount);

    [Theory]
    [InlineData("Laos–Poland relations", "Poland expanded its lending in the 1970s. A credit of 80 million zloty, signed in 1976, paid for a textile mill.", "Poland", "Laos", 1976, 80_000_000)]
    [InlineData("Mongolia–Soviet Union relations", "The Soviet Union remained Mongolia's main creditor. Credits between 1976 and 1980 alone came to 3 billion rubles, and some 2,000 Soviet engineers were attached to Mongolian ministries.", "Soviet Union", "Mongolia", 1976, 3_000_000_000)]
    public void ReadsAidThatOpensItsSentenceAsThePreviousSubjects(string title, string sentence, string donor, string recipient, int? year, decimal amount) =>
        Assert.Equal((donor, recipient, year, amount), Aid(title, sentence).Select(a => (a.Donor, a.Recipient, a.Year, a.Amount)).First());

    // With "treated" a cue, the relative clause must not be taken for the main clause after "When …,".
    [Fact]
    public void ReadsANameBeforeANounOfAidAsTheGiver() =>
        AssertOneAid("Mongolia–Soviet Union relations", "Between 1950 and 1960 the ruling party received about 900 million rubles in Soviet credits.", "Soviet Union", "Mongolia", 1950, 900_000_000);

    [Fact]
    public void ReadsTheMainClauseBeforeARelativeClause() =>
        AssertOneAid(
            "Bulgaria–Sudan relations",
            "When the ship returned to Bulgaria in 1962 it carried 40 wounded Sudanese soldiers, who were treated at the Bulgarian government's expense.",
            "Bulgaria", "Sudan", 1962, 40);

    [Theory]
    [InlineData("In 1980 Sudan bought Bulgarian tractors worth an estimated US$30 million.")]
    [InlineData("By 1985 Bulgarian credits had helped build some 40 factories in Sudan.")]
    [InlineData("In 1971 Bulgaria trained Sudanese pilots, and the captured consul was exchanged for twelve political prisoners.")]
    [InlineData("In 2002 the minister admitted that 20 Bulgarians had been detained in Sudan.")]
    [InlineData("In 1985 some 900 Sudanese were employed in Bulgaria.")]
    [InlineData("In 1979 Bulgarian troops were stationed within 500 metres of the Sudanese border.")]
    public void IgnoresValuesBoughtWhatAidBuiltSwapsAndConfessions(string sentence) =>
        Assert.Empty(Aid("Bulgaria–Sudan relations", sentence));

    [Fact]
    public void ReadsASumRestatedInAnotherCurrencyOnce() =>
        Assert.Equal(
            [("Bulgaria", "Sudan", 1964, 60_000_000m, "leva")],
            Aid("Bulgaria–Sudan relations", "In 1964 Sofia extended a credit of 60 million leva (roughly US$50 million) for a cannery at Kassala."));

    [Theory]
    [InlineData("In 1972 Bulgaria handed Sudan a teachers' college in Wad Madani, built to take 800 students.")]
    [InlineData("In 2009 Bulgarian and Sudanese firms founded a joint refinery with a planned output of 50,000 barrels a day, and the Bulgarian firm agreed to pay a signing bonus of US$90 million.")]
    [InlineData("Todor Zhivkov arrived in Khartoum in 1978 and spoke to a crowd of some 80,000 people.")]
    [InlineData("In 2015 Bulgaria pledged 400 scholarships, and the two state banks raised their currency swap line to 3 billion leva.")]
    [InlineData("In 2015 Bulgaria pledged 400 scholarships, and the two ministers toured Port Sudan.")]
    public void IgnoresCapacitiesCrowdsBusinessPaymentsSwapsAndThePairAlreadyNamed(string sentence) =>
        Assert.DoesNotContain(Aid("Bulgaria–Sudan relations", sentence), a => a.Unit is not "scholarships");

    [Fact]
    public void ReadsTheDemonymOnATeamAsItsSender() =>
        Assert.Equal(
            [("Ghana", "Cuba", 2010, 200m, "tonnes of cocoa"), ("Cuba", "Ghana", 2010, 35m, "nurses")],
            Aid("Cuba–Ghana relations", "In 2010 Ghana sent 200 tonnes of cocoa to Cuba, while a Cuban medical team of 35 nurses went to Accra that year."));

    [Fact]
    public void ReadsAGroupOfLearnersAsTaughtForTheirOwnCountry() =>
        Assert.Equal(
            [("Ghana", "Cuba", 1985, 500m, "tonnes of cocoa"), ("Cuba", "Ghana", 1985, 60m, "students")],
            Aid("Cuba–Ghana relations", "In 1985 Ghana shipped 500 tonnes of cocoa to Cuba, and a Ghanaian group of 60 students left for Havana."));

    [Theory]
    [InlineData("In 2015 the Ghanaian president became the first African leader to visit Cuba after the hurricane, pledging a gift of 2,000 tonnes of cocoa.")]
    [InlineData("In 2015 Ama Mensah became the first foreign minister to visit Cuba after the hurricane, pledging a gift of 2,000 tonnes of cocoa.")]
    public void ReadsTheVisitorNotThePlaceVisitedAsTheGiver(string sentence) =>
        AssertOneAid("Cuba–Ghana relations", sentence, "Ghana", "Cuba", 2015, 2_000);

    [Fact]
    public void ReadsThePartyAVerbMakesAGiftToAsTheRecipient() =>
        AssertOneAid("Ghana–Soviet Union relations", "Under the agreement of 1961 the Soviet Union made Ghana an outright gift of 15 million rubles.", "Soviet Union", "Ghana", 1961, 15_000_000);

    [Fact]
    public void IgnoresAGiftAThirdCountryMakesToAParty() =>
        Assert.Empty(Aid("Ghana–Soviet Union relations", "In 1961 the United States made Ghana a gift of 15 million dollars."));

    [Fact]
    public void ReadsAFurtherGroupInTheUnitBefore() =>
        Assert.Equal(
            [("Bulgaria", "Sudan", 1977, 35m, "surveyors"), ("Bulgaria", "Sudan", 1979, 60m, "surveyors")],
            Aid("Bulgaria–Sudan relations", "In 1977 Bulgaria sent 35 surveyors to Sudan, and a second group of 60 followed in 1979."));

    [Fact]
    public void ReadsGoodsCountedWithinASumAsAFigureOfTheirOwn() =>
        Assert.Equal(
            [("Bulgaria", "Sudan", 1971, 40_000_000m, "US dollars"), ("Bulgaria", "Sudan", 1971, 90m, "trucks")],
            Aid("Bulgaria–Sudan relations", "In 1971 Bulgaria delivered machinery worth US$40 million to Sudan, including 90 trucks."));

    [Theory]
    [InlineData("Between 1995 and 1999 about 60 Cuban sports instructors helped the Ghanaian ministry train coaches.", "Cuba", "Ghana", 1995, 60)]
    [InlineData("In 1988 some 45 Cuban irrigation engineers assisted farm cooperatives near Tamale.", "Cuba", "Ghana", 1988, 45)]
    [InlineData("At its peak in 1966 the mission numbered 90 Cuban engineers and surveyors.", "Cuba", "Ghana", 1966, 90)]
    public void ReadsPeopleOfAPartyWhoHelpOrWhomAGroupNumbers(string sentence, string donor, string recipient, int? year, decimal amount) =>
        AssertOneAid("Cuba–Ghana relations", sentence, donor, recipient, year, amount);

    [Theory]
    [InlineData("In 1990 Cuba helped Ghana build 12 rural schools.")]
    [InlineData("In 1990 the Ghanaian army numbered 12,000 soldiers.")]
    [InlineData("In 1990 the delegation to Havana numbered 40 Ghanaian students.")]
    [InlineData("In 1990 local officials helped 300 Cuban tourists leave Accra.")]
    public void IgnoresHelpAndCountsWithoutAPartysPeople(string sentence) =>
        Assert.Empty(Aid("Cuba–Ghana relations", sentence));

    [Fact]
    public void ReadsTheNumberOfPeopleNamedBeforeTheirNumber() =>
        AssertOneAid(
            "Cuba–Ghana relations",
            "Cuban doctors also worked in Ghanaian district hospitals; their number peaked at about 350 in 1992.",
            "Cuba", "Ghana", 1992, 350);

    [Theory]
    [InlineData("Cuban doctors also worked in Ghanaian district hospitals; the number of beds rose to 350 in 1992.")]
    [InlineData("Cuba sent rice to Ghana; their number rose to 350 in 1992.")]
    public void IgnoresANumberThatCountsNoPeopleNamedBefore(string sentence) =>
        Assert.Empty(Aid("Cuba–Ghana relations", sentence));

    [Theory]
    [InlineData("By 1979 Cuban aid to Ghana was running at about US$20 million a year.", 1979)]
    [InlineData("Cuba sends Ghana about US$20 million a year.", null)]
    [InlineData("In 1979 Cuba built a clinic in Accra, and Cuba gives Ghana about US$20 million a year.", null)]
    [InlineData("In the decade after 1979 Cuba gave Ghana about US$20 million a year over the years.", null)]
    public void DatesARateOnlyByTheDateOfItsOwnPart(string sentence, int? year) =>
        AssertOneAid("Cuba–Ghana relations", sentence, "Cuba", "Ghana", year, 20_000_000);

    [Fact]
    public void ReadsTheItemsOfAListThatAPartysHelpAnnounces()
    {
        var aid = Aid(
            "Bulgaria–Laos relations",
            "Bulgarian help to the new government took several forms:\n- about 240 tractors, unloaded at Vientiane in March 1977\n- a team of 15 surgeons and nurses, which arrived in 1978\n- some 90 road builders, who from 1979 worked on Route 13\n- a credit of 40 million leva, granted in 1980");

        Assert.Equal(
            [("Bulgaria", "Laos", 1977, 240m, "tractors"), ("Bulgaria", "Laos", 1978, 15m, "surgeons and nurses"), ("Bulgaria", "Laos", 1979, 90m, "road builders"), ("Bulgaria", "Laos", 1980, 40_000_000m, "leva")],
            aid.Select(a => (a.Donor, a.Recipient, a.Year, a.Amount, a.Unit.Contains("surgeons", StringComparison.Ordinal) ? "surgeons and nurses" : a.Unit)));
    }

    [Fact]
    public void ReadsTheItemsOfAListWhoseLeadOwnsItsHelpByAPronoun() =>
        AssertOneAid(
            "Bulgaria–Laos relations",
            "Bulgaria backed Vientiane throughout the 1980s. Its contribution included:\n- a field hospital with 30 doctors, opened at Pakse in 1981",
            "Bulgaria", "Laos", 1981, 30);

    [Theory]
    [InlineData("High-level visits in these years included:\n- 12 May 1979: a delegation of 40 Bulgarian officials in Vientiane")]
    [InlineData("Soviet assistance to Laos included:\n- about 240 tractors, unloaded at Vientiane in March 1977")]
    [InlineData("Bulgarian help to the new government took several forms.\n\nSome were short-lived:\n- about 240 tractors, unloaded in March 1977")]
    [InlineData("Bulgarian help to Laos took several forms:\n- several hundred tractors, unloaded in March 1977")]
    public void IgnoresListsNotAnnouncedAsAPartysHelp(string body) =>
        Assert.Empty(Aid("Bulgaria–Laos relations", body));

    [Theory]
    [InlineData("Vietnam, which at the height of the war kept some 50,000 troops in Laos, remained the senior partner.")]
    [InlineData("In 1979 China sent 300 doctors to Laos.")]
    [InlineData("The Soviet Union also delivered 20 helicopters to Laos.")]
    public void IgnoresWhatAThirdCountryAsTheSubjectGives(string sentence) =>
        Assert.Empty(Aid("Bulgaria–Laos relations", sentence));

    [Theory]
    [InlineData("Bulgaria, which had sent 40 doctors to Laos in 1978, remained a close partner.", "Bulgaria", "Laos", 1978, 40)]
    [InlineData("In 1978, unlike China, Bulgaria sent 40 doctors to Laos.", "Bulgaria", "Laos", 1978, 40)]
    [InlineData("In 1978 a Vietnamese freighter carried 40 tractors from Bulgaria to Laos.", "Bulgaria", "Laos", 1978, 40)]
    public void ReadsAPartysTransferBesideAThirdCountry(string sentence, string donor, string recipient, int? year, decimal amount) =>
        AssertOneAid("Bulgaria–Laos relations", sentence, donor, recipient, year, amount);

    [Theory]
    [InlineData("The premier and his deputy stayed in Vientiane from 3 to 9 May 1962 and announced a credit of 30 million leva.", "Bulgaria", "Laos", 1962, 30_000_000)]
    [InlineData("The prime minister and his deputy visited Sofia in May 1962 and announced a gift of 300 tonnes of coffee.", "Laos", "Bulgaria", 1962, 300)]
    [InlineData("In 1966 the prince accepted a Bulgarian loan of 12 million leva.", "Bulgaria", "Laos", 1966, 12_000_000)]
    public void ReadsTheGiverFromTheHostCityOrTheDemonymOnWhatIsReceived(string sentence, string donor, string recipient, int? year, decimal amount) =>
        AssertOneAid("Bulgaria–Laos relations", sentence, donor, recipient, year, amount);

    [Theory]
    [InlineData("The two envoys stayed in Hanoi from 3 to 9 May 1962 and announced a credit of 30 million leva.")]
    [InlineData("In 1966 the prince accepted a Chinese loan of 12 million leva.")]
    public void IgnoresAThirdHostOrAThirdGiversGoods(string sentence) =>
        Assert.Empty(Aid("Bulgaria–Laos relations", sentence));

    [Theory]
    [InlineData("Foreign Minister Petar Ivanov spent five days in Laos in October 1979 and announced a credit of 25 million leva.", "Bulgaria", "Laos", 1979, 25_000_000)]
    [InlineData("Minister Somsak Vongsa spent 3–6 May 1984 in Bulgaria and announced US$2 million in aid.", "Laos", "Bulgaria", 1984, 2_000_000)]
    public void ReadsAPersonStayingInAPartyAsComingFromTheOther(string sentence, string donor, string recipient, int? year, decimal amount) =>
        AssertOneAid("Bulgaria–Laos relations", sentence, donor, recipient, year, amount);

    [Theory]
    [InlineData("The trade minister came to Vientiane in May 1976 to open a credit of 15 million leva.", "Bulgaria", "Laos", 1976, 15_000_000)]
    [InlineData("An envoy came to Sofia in 1981 with a gift of 200 tonnes of coffee.", "Laos", "Bulgaria", 1981, 200)]
    public void ReadsTheCityACueOfComingLeadsToAsTheRecipient(string sentence, string donor, string recipient, int? year, decimal amount) =>
        AssertOneAid("Bulgaria–Laos relations", sentence, donor, recipient, year, amount);

    [Theory]
    [InlineData("In March 1977 Zhivkov ordered the dispatch of 30 tractors from Bulgarian state farms to Laos.", "Bulgaria", "Laos", 1977, 30)]
    [InlineData("In 1978 Bulgaria began dispatching 45 agronomists to Laos.", "Bulgaria", "Laos", 1978, 45)]
    public void ReadsADispatchAsSending(string sentence, string donor, string recipient, int? year, decimal amount) =>
        AssertOneAid("Bulgaria–Laos relations", sentence, donor, recipient, year, amount);

    [Fact]
    public void IgnoresADispatchToAThirdCountry() =>
        Assert.Empty(Aid("Bulgaria–Laos relations", "In March 1977 Bulgaria ordered the dispatch of 30 tractors to Ethiopia."));

    [Theory]
    [InlineData("In 1983 the number of Bulgarian engineers in Laos rose to about 350.", "Bulgaria", "Laos", 1983, 350, "engineers")]
    [InlineData("By 1986 the number of Laotian students in Bulgaria had grown to 1,200.", "Bulgaria", "Laos", 1986, 1200, "students")]
    [InlineData("In 1991 the number of Soviet instructors in Laos dropped to some 400.", "Soviet Union", "Laos", 1991, 400, "instructors")]
    public void ReadsTheFigureACountOfAPartysPeopleInTheOtherReaches(string sentence, string donor, string recipient, int? year, decimal amount, string unit) =>
        Assert.Equal([(donor, recipient, year, amount, unit)], Aid(sentence.Contains("Soviet", StringComparison.Ordinal) ? "Laos–Soviet Union relations" : "Bulgaria–Laos relations", sentence));

    [Theory]
    [InlineData("In 1983 the number of Bulgarian engineers in Vietnam rose to about 350.")]
    [InlineData("In 1983 the number of Chinese engineers in Laos rose to about 350.")]
    [InlineData("In 1983 the number of Bulgarian engineers in Laos fell from 500 to 350.")]
    [InlineData("In 1983 the number of Bulgarian tourists in Laos rose to about 350.")]
    public void IgnoresACountOfOtherPeopleOrPlaces(string sentence) =>
        Assert.Empty(Aid("Bulgaria–Laos relations", sentence));

    [Fact]
    public void IgnoresAComingToAThirdCity() =>
        Assert.Empty(Aid("Bulgaria–Laos relations", "The trade minister came to Hanoi in May 1976 to open a credit of 15 million leva."));

    [Fact]
    public void DoesNotReadThePlaceOfAStayAsTheGiver() =>
        Assert.Empty(Aid("Bulgaria–Laos relations", "Foreign Minister Petar Ivanov spent five days in Laos in 1979 and shipped home 40 crates of coffee."));

    [Theory]
    [InlineData("Algeria–North Korea relations", "In 1964, 40 Korean engineers were sent to factories in the south.", "North Korea", "Algeria", 1964, 40)]
    [InlineData("Hungary–North Korea relations", "In 1953 some 300 Korean orphans were brought to Budapest and schooled there.", "Hungary", "North Korea", 1953, 300)]
    [InlineData("Poland–South Korea relations", "In 2015 about 25 Korean nurses were posted to clinics near the coast.", "South Korea", "Poland", 2015, 25)]
    public void ReadsThePeopleOfAPassiveByTheShortFormOfAPartysDemonym(string title, string sentence, string donor, string recipient, int? year, decimal amount) =>
        AssertOneAid(title, sentence, donor, recipient, year, amount);

    [Theory]
    [InlineData("North Korea–South Korea relations", "In 1990, 40 Korean engineers were sent to factories in the south.")]
    [InlineData("Algeria–North Korea relations", "In 1964, 40 engineers were sent to factories in the south.")]
    [InlineData("Algeria–North Korea relations", "In 1964, 40 Chinese engineers were sent to factories in the south.")]
    public void IgnoresAPassiveWhosePeopleNameNoSingleParty(string title, string sentence) =>
        Assert.Empty(Aid(title, sentence));

    [Fact]
    public void ReadsAGiftBesideASentenceOfBarter() =>
        AssertOneAid("Cuba–Vietnam relations", "Cuban sugar was bartered for Vietnamese rice. In 1988 Vietnam donated 500 tonnes of rice to Cuba.", "Vietnam", "Cuba", 1988, 500);

    [Fact]
    public void ReadsAFurtherFigureInTheUnitOfTheParagraphsLastFigure()
    {
        var aid = Aid("Bulgaria–Laos relations", "In 1977 Bulgaria sent 120 road engineers to Laos. Their number doubled in 1978, when some 130 more were sent.");

        Assert.Equal([("Bulgaria", "Laos", 1977, 120m, "road engineers"), ("Bulgaria", "Laos", 1978, 130m, "road engineers")], aid);
    }

    [Theory]
    [InlineData("In 1977 Bulgaria sent 120 road engineers to Laos.\n\nIn 1978 some 130 more were sent.")]
    [InlineData("In 1977 Bulgaria sent 120 road engineers to Laos. In 1978 some 130 more than planned were sent.")]
    public void ReadsNoFurtherFigureWithoutAUnitInItsParagraph(string body) =>
        Assert.Single(Aid("Bulgaria–Laos relations", body));

    [Theory]
    [InlineData("A trade pact was signed in Sofia on 4 May 1962; under it Bulgaria granted Laos two million leva yearly.", 1962)]
    [InlineData("The two governments signed an agreement in 1962, under which Bulgaria gave Laos two million leva a year.", 1962)]
    [InlineData("A trade pact was signed in Sofia on 4 May 1962; Bulgaria gives Laos two million leva a year.", null)]
    [InlineData("A trade pact was signed in Sofia on 4 May 1962; under it Bulgaria gave Laos two million leva a year over the decades.", null)]
    public void DatesARateAnAgreementSetsByTheAgreement(string sentence, int? year) =>
        AssertOneAid("Bulgaria–Laos relations", sentence, "Bulgaria", "Laos", year, 2_000_000);

    [Fact]
    public void ReadsThePartyAfterAWarNamedForACountryAsTheParagraphsSubject() =>
        AssertOneAid("Hungary–Vietnam relations", "During the Vietnam War Hungary was one of Hanoi's main suppliers. In 1967 alone it delivered 400 buses.", "Hungary", "Vietnam", 1967, 400);

    [Fact]
    public void ReadsNoSubjectFromAWarNamedForACountry() =>
        Assert.Empty(Aid("Hungary–Vietnam relations", "During the Vietnam War the Hungarian press praised Hanoi. In 1967 alone it delivered 400 buses."));

    [Theory]
    [InlineData("A 1985 protocol provided a Bulgarian loan of 30 million leva.", "Bulgaria", "Laos", 1985, 30_000_000)]
    [InlineData("In 1990 the agreement offered a Laotian gift of 500 tonnes of coffee.", "Laos", "Bulgaria", 1990, 500)]
    public void ReadsTheGiverFromTheDemonymOnWhatIsGivenWithNoPartyAsTheSubject(string sentence, string donor, string recipient, int? year, decimal amount) =>
        AssertOneAid("Bulgaria–Laos relations", sentence, donor, recipient, year, amount);

    [Fact]
    public void IgnoresAThirdCountrysDemonymOnWhatIsGiven() =>
        Assert.Empty(Aid("Bulgaria–Laos relations", "A 1985 protocol provided a Chinese loan of 30 million leva."));

    [Theory]
    [InlineData("In 1979 a bridge built with the help of 60 Bulgarian engineers opened at Paksan.", 1979, 60)]
    [InlineData("From 1981 a team of 15 Bulgarian geologists spent two years in Attapeu province.", 1981, 15)]
    public void ReadsPeopleAPartysDemonymNamesWhoHelpBuildOrSpendTimeAbroad(string sentence, int? year, decimal amount) =>
        AssertOneAid("Bulgaria–Laos relations", sentence, "Bulgaria", "Laos", year, amount);

    [Theory]
    [InlineData("In 1979 a bridge built with the help of 60 Chinese engineers opened at Paksan.")]
    [InlineData("In 1979 a hospital for 300 patients was built with the help of Bulgaria.")]
    [InlineData("From 1981 a team of 15 Chinese geologists spent two years in Attapeu province.")]
    [InlineData("In 1985 Bulgaria spent 20 million leva on its own hospitals.")]
    public void IgnoresHelpersNotNamedForAPartyAndMoneySpentAtHome(string sentence) =>
        Assert.Empty(Aid("Bulgaria–Laos relations", sentence));

    [Fact]
    public void ReadsWhatAPartyPresents() =>
        AssertOneAid("Bulgaria–Laos relations", "In 1962 Laos presented two elephants to Bulgaria.", "Laos", "Bulgaria", 1962, 2);

    [Fact]
    public void IgnoresWhatAPartyPresentsToAThirdCountry() =>
        Assert.Empty(Aid("Bulgaria–Laos relations", "In 2020 Bulgaria presented 30,000 masks to Romania as a gift."));

    [Theory]
    [InlineData("In 1970 Bulgaria bought 2,000 tonnes of Thai rice and had it shipped to Vientiane for Laos.", 2000)]
    [InlineData("In 1970 Bulgaria bought 40 buses for Laos.", 40)]
    public void ReadsGoodsAPartyBuysForTheOther(string sentence, decimal amount) =>
        AssertOneAid("Bulgaria–Laos relations", sentence, "Bulgaria", "Laos", 1970, amount);

    [Theory]
    [InlineData("In 1970 Bulgaria bought 2,000 tonnes of rice from Laos.")]
    [InlineData("In 1970 Bulgaria bought 40 buses for its army.")]
    public void IgnoresGoodsBoughtForNoParty(string sentence) =>
        Assert.Empty(Aid("Bulgaria–Laos relations", sentence));

    [Fact]
    public void ReadsOnlyThePriceOfGoodsBoughtForAMoneySum() =>
        Assert.Equal([("Laos", "Bulgaria", 1970, 2_000_000m, "US dollars")], Aid("Bulgaria–Laos relations", "In 1970 Laos bought 40 buses for US$2 million from Bulgaria."));

    [Theory]
    [InlineData("By 1987 about 3,000 Laotians were employed in Bulgarian factories.", "Laos", "Bulgaria", "workers")]
    [InlineData("By 1987 about 3,000 Laotians studied in Bulgaria.", "Bulgaria", "Laos", "students")]
    [InlineData("By 1987 about 3,000 Laotians served in Bulgaria.", "Laos", "Bulgaria", "Laotians")]
    public void NamesPeopleCountedByTheirNationByWhatTheyDo(string sentence, string donor, string recipient, string unit) =>
        Assert.Equal([(donor, recipient, 1987, 3000m, unit)], Aid("Bulgaria–Laos relations", sentence));

    [Fact]
    public void GivesNoYearToASumOverTheWholePeriod()
    {
        var aid = Aid("Bulgaria–Laos relations", "Bulgaria sent 40 doctors to Laos in 1975. Laotian sources later put the value of Bulgarian assistance over the whole period at 300 million leva.");

        Assert.Equal([("Bulgaria", "Laos", 1975, 40m, "doctors"), ("Bulgaria", "Laos", null, 300_000_000m, "leva")], aid);
    }

    [Theory]
    [InlineData("The medical mission Sofia sent during the 1976 visit was followed in 1978 by scholarships for 120 Laotian students.", 1978, 120)]
    [InlineData("The medical mission Sofia sent in 1976 was followed on 3 May 1978 by a grant of 400 tonnes of rice.", 1978, 400)]
    public void DatesWhatFollowsByTheDateOfFollowing(string sentence, int? year, decimal amount) =>
        AssertOneAid("Bulgaria–Laos relations", sentence, "Bulgaria", "Laos", year, amount);

    [Fact]
    public void KeepsTheSentencesDateForWhatFollowsWithNoDateOfItsOwn() =>
        Assert.Equal(
            [("Bulgaria", "Laos", 1975, 40m, "doctors"), ("Bulgaria", "Laos", 1975, 60m, "nurses")],
            Aid("Bulgaria–Laos relations", "In 1975 Bulgaria sent 40 doctors to Laos, followed by 60 nurses."));

    [Fact]
    public void ReadsACityWhoseNameHasAParticleAsTheSubject() =>
        AssertOneAid("Brazil–Chile relations", "After an earthquake struck Chile in 1939, the government in Rio de Janeiro donated 300 tonnes of coffee.", "Brazil", "Chile", 1939, 300);

    [Fact]
    public void IgnoresAThirdCitysGiftToAStruckParty() =>
        Assert.Empty(Aid("Brazil–Chile relations", "After an earthquake struck Chile in 1939, the government in Buenos Aires donated 300 tonnes of coffee."));

    [Fact]
    public void ReadsTheAidItOwnsAsThePartyTheParagraphOpenedWith()
    {
        var aid = Aid(
            "Hungary–Laos relations",
            "Hungary was one of the steadiest donors to the new republic. Its outright aid came to 20 million forint in 1977, 24 million in 1978 and 31 million forint in 1979; in 1978 alone the deliveries included 450 buses, most of them shipped through Bangkok.");

        Assert.Equal(
            [("Hungary", "Laos", 1977, 20_000_000m, "forint"), ("Hungary", "Laos", 1978, 24_000_000m, "forint"), ("Hungary", "Laos", 1979, 31_000_000m, "forint"), ("Hungary", "Laos", 1978, 450m, "buses")],
            aid);
    }

    [Fact]
    public void ReadsNoAidAnItOfAParagraphWithNoPartyAsItsSubjectOwns() =>
        Assert.Empty(Aid("Hungary–Laos relations", "The dam on the Nam Ngum was finished in 1971. Its cost came to 20 million forint."));

    [Theory]
    [InlineData("Under a health accord of 1985, a first contingent of 48 Laotian physicians arrived in 1986.", 1986, 48, "physicians")]
    [InlineData("In 1983 a brigade of 30 Laotian dentists was posted to district clinics.", 1983, 30, "dentists")]
    public void ReadsAGroupWithNoPartyBeforeItAsSentByThePartyThatNamesItsPeople(string sentence, int? year, decimal amount, string unit) =>
        Assert.Equal([("Laos", "Hungary", year, amount, unit)], Aid("Hungary–Laos relations", sentence));

    [Theory]
    [InlineData("In 1986 a first contingent of 48 physicians arrived.")]
    [InlineData("In 1986 a contingent of 48 Thai physicians arrived in Vientiane.")]
    [InlineData("In 1986 a contingent of 60 Laotian students left for Budapest.")]
    public void ReadsNoGroupWhosePeopleNoPartyNamesAsGiving(string sentence) =>
        Assert.Empty(Aid("Hungary–Laos relations", sentence));

    [Fact]
    public void ReadsNoDirectionFromAPlaceThatServedAsABase() =>
        Assert.Empty(Aid("Cuba–Guinea-Bissau relations", "Bissau later served as a staging post for the Cuban mission in Angola. From 1980 to 1990 some 900 students were educated on the Isle of Youth."));

    [Fact]
    public void ReadsPeopleWhoServedAsSomethingAbroad() =>
        AssertOneAid("Cuba–Guinea-Bissau relations", "In 1975 some 60 Cuban doctors served as volunteers in the hospitals of Guinea-Bissau.", "Cuba", "Guinea-Bissau", 1975, 60);

    [Fact]
    public void ReadsTheItemsOfAListThatAPartysScholarshipsAnnounce()
    {
        var aid = Aid(
            "Laos–Hungary relations",
            "Hungarian scholarships brought ever more young Laotians to Budapest:\n- 1972: 45 students, mostly in engineering\n- 1975: 110 students, including the first geologists");

        Assert.Equal([("Hungary", "Laos", 1972, 45m, "students"), ("Hungary", "Laos", 1975, 110m, "students")], aid);
    }

    [Theory]
    [InlineData("Trade picked up after the embargo: between 1995 and 1999 Hungary sold Laos some 400 buses.")]
    [InlineData("Trade stayed small: Hungarian exports to Laos rarely exceeded 90 million forint a year.")]
    [InlineData("Hungarian exports to Laos, chiefly buses, medicines and machine tools, are worth about US$12 million a year, while Laotian coffee reaches Hungary through Vienna.")]
    public void IgnoresSalesAndExportsToldAsTrade(string sentence) =>
        Assert.Empty(Aid("Hungary–Laos relations", sentence));

    [Fact]
    public void ReadsASaleOutsideASentenceOfTrade() =>
        AssertOneAid("Hungary–Laos relations", "In 1990 Hungary sold Laos 400 buses on soft credit.", "Hungary", "Laos", 1990, 400);

    [Fact]
    public void ReadsPeopleWhoReachTheOtherPartyAndAFurtherFigureThatFollowed()
    {
        var aid = Aid(
            "Hungary–Laos relations",
            "Under a programme with the World Health Organization, the first 6 Hungarian experts in malaria control reached Savannakhet and Pakse in 1993, and a further 9 followed in 1995.");

        Assert.Equal([("Hungary", "Laos", 1993, 6m, "experts"), ("Hungary", "Laos", 1995, 9m, "experts")], aid);
    }

    [Theory]
    [InlineData("Bilateral trade reached US$40 million in 2012.")]
    [InlineData("In 1993 some 40 Hungarian experts reached Cambodia.")]
    [InlineData("In 1993 the first 40 Hungarian buses reached Vientiane.")]
    public void ReadsNoArrivalOfAnythingButPeopleInTheOtherParty(string sentence) =>
        Assert.Empty(Aid("Hungary–Laos relations", sentence));

    [Theory]
    [InlineData("In 1979 Tirana lent Hanoi 4 million leks (then about US$700,000) for a canning plant.", "Albania", "Vietnam", 4_000_000, "leks")]
    [InlineData("In 1988 Vietnam granted Albania an interest-free loan of 12 million cedis (roughly US$90,000).", "Vietnam", "Albania", 12_000_000, "cedis")]
    public void ReadsASumInASmallerCurrencyAndNotItsRestatement(string sentence, string donor, string recipient, decimal amount, string unit) =>
        Assert.Equal([(donor, recipient, sentence.Contains("1979", StringComparison.Ordinal) ? 1979 : 1988, amount, unit)], Aid("Albania–Vietnam relations", sentence));

    [Theory]
    [InlineData("In 1962 Vietnam donated 900 tonnes of rice (valued at roughly 2 million leks) to Albania.", 900, "tonnes of rice")]
    [InlineData("In 1962 the Vietnamese government sent 300 tractors (worth some US$1.5 million) to Albania.", 300, "tractors")]
    public void ReadsGoodsAndNotTheirValueInBrackets(string sentence, decimal amount, string unit) =>
        Assert.Equal([("Vietnam", "Albania", 1962, amount, unit)], Aid("Albania–Vietnam relations", sentence));

    [Fact]
    public void ReadsASumGivenAfterGoodsThatIsNoValueOfThem() =>
        Assert.Equal(
            [("Vietnam", "Albania", 1962, 900m, "tonnes of rice"), ("Vietnam", "Albania", 1962, 2_000_000m, "US dollars")],
            Aid("Albania–Vietnam relations", "In 1962 Vietnam donated 900 tonnes of rice and US$2 million to Albania."));

    [Theory]
    [InlineData("In 1983 some 600 Angolan crewmen served with Mozambican naval units.", 600, "crewmen")]
    [InlineData("In 1983 Angola sent 250 seamen to Mozambique.", 250, "seamen")]
    public void ReadsPeopleWhosePluralEndsInMen(string sentence, decimal amount, string unit) =>
        Assert.Equal([("Angola", "Mozambique", 1983, amount, unit)], Aid("Angola–Mozambique relations", sentence));

    [Fact]
    public void ReadsNoWarNamedForAPartyAsTheRecipient() =>
        AssertOneAid(
            "Cambodia–Vietnam relations",
            "In 1980 Hanoi shipped arms seized at the end of the Vietnam War to Phnom Penh, among them 200 mortars.",
            "Vietnam", "Cambodia", 1980, 200);

    [Theory]
    [InlineData("In 2011 Hanoi forgave Mongolian debts worth US$9 million.", 9_000_000)]
    [InlineData("In 2011 Vietnam cancelled Mongolia's outstanding debts of 40 million dong.", 40_000_000)]
    [InlineData("In 2011 Vietnam waived US$9 million of debts owed by Mongolia.", 9_000_000)]
    public void ReadsDebtsForgivenOrCancelled(string sentence, decimal amount) =>
        AssertOneAid("Mongolia–Vietnam relations", sentence, "Vietnam", "Mongolia", 2011, amount);

    [Theory]
    [InlineData("In 2011 Vietnam cancelled a contract for 40 Mongolian trucks.")]
    [InlineData("Ulaanbaatar sent its premier to the Hanoi congress in 1976, one of more than 90 foreign delegations.")]
    [InlineData("In 1976 Hanoi came to Ulaanbaatar as one of some 30 delegations.")]
    [InlineData("Vietnamese yards delivered four tugboats to Mongolia in 1980, mostly on commercial terms.")]
    [InlineData("In 1980 a Mongolian train unloaded the first 60 Vietnamese lorries bought under the trade protocol.")]
    [InlineData("In 1980 Hanoi delivered 60 lorries purchased with Mongolian funds to Ulaanbaatar.")]
    public void IgnoresCancelledDealsOneOfManyAndGoodsSoldOrBought(string sentence) =>
        Assert.Empty(Aid("Mongolia–Vietnam relations", sentence));

    [Theory]
    [InlineData("In 1980 Hanoi delivered 60 lorries to Ulaanbaatar on soft terms.", 60)]
    [InlineData("In 1980 Vietnam lent Mongolia US$5 million on commercial terms.", 5_000_000)]
    public void ReadsGoodsOnSoftTermsAndALoanWhateverItsTerms(string sentence, decimal amount) =>
        AssertOneAid("Mongolia–Vietnam relations", sentence, "Vietnam", "Mongolia", 1980, amount);

    [Fact]
    public void ReadsThePartyTheSentenceOpensWithAsTheItThatGives() =>
        AssertOneAid(
            "Laos–Mongolia relations",
            "Mongolia protested at the blockade of Laos, and in March 1987 it shipped blankets worth US$80,000 to Vientiane.",
            "Mongolia", "Laos", 1987, 80_000);

    [Fact]
    public void ReadsTheNamedPartyAsTheGiverWhenNoItStandsBeforeTheCue() =>
        AssertOneAid(
            "Laos–Mongolia relations",
            "Mongolia protested at the blockade of Laos, and in March 1987 Vientiane received blankets worth US$80,000 from Ulaanbaatar.",
            "Mongolia", "Laos", 1987, 80_000);

    [Fact]
    public void ReadsTheCountedNounOfABracketedSeriesThatYearsLabel() =>
        Assert.Equal(
            [("Mongolia", "Laos", 1984, 15m, "fellowships"), ("Mongolia", "Laos", 1985, 25m, "fellowships"), ("Mongolia", "Laos", 1986, 35m, "fellowships")],
            Aid("Laos–Mongolia relations", "Mongolia offered a growing number of fellowships to Lao graduates (1984: 15; 1985: 25; 1986: 35)."));

    [Fact]
    public void ReadsNoBareFigureOfASeriesWithNoCountedNoun() =>
        Assert.Empty(Aid("Laos–Mongolia relations", "Mongolia sent help to Laos (1984: 15; 1985: 25; 1986: 35)."));

    [Fact]
    public void ReadsWhatAnItOfTheParagraphsOpeningPartyShips() =>
        AssertOneAid("Laos–Mongolia relations", "Laos paid tribute to its ally. In 1989 it shipped 2,000 tonnes of timber to Ulaanbaatar.", "Laos", "Mongolia", 1989, 2_000);

    [Theory]
    [InlineData("By 1966 Ghana owed Moscow some US$90 million for earlier deliveries of machinery.")]
    [InlineData("In 2009 Ghana finished repaying a Soviet loan of about US$25 million from the 1960s.")]
    [InlineData("In 1990 Rawlings came to Moscow for talks on Ghana's debts, which Soviet bankers then put at some 400 million rubles.")]
    public void IgnoresASumOwedOrRepaid(string sentence) =>
        Assert.Empty(Aid("Ghana–Soviet Union relations", sentence));

    [Fact]
    public void ReadsADebtForgiven() =>
        AssertOneAid("Ghana–Russia relations", "In 1999 Russia forgave Ghana's debts, which Moscow put at 400 million rubles.", "Russia", "Ghana", 1999, 400_000_000);

    [Theory]
    [InlineData("Cuba–Ghana relations", "By 2015 some 3,000 Cuban nationals were employed in Ghana's hotels.")]
    [InlineData("Ghana–North Korea relations", "In 2019 Accra stopped the contracts of 30 North Korean nationals employed at a hotel.")]
    public void IgnoresNationalsLivingOrWorkingAbroad(string title, string sentence) =>
        Assert.Empty(Aid(title, sentence));

    [Fact]
    public void ReadsNoRecipientInAContrastAfterWhile() =>
        Assert.Equal(
            [("Cuba", "Ghana", 1988, 200m, "nurses"), ("Cuba", "Ghana", 1988, 90m, "students")],
            Aid("Cuba–Ghana relations", "By 1988 Havana had posted some 200 nurses to the Ghanaian districts, while 90 Ghanaian students were studying in Cuba on Cuban grants."));

    [Theory]
    [InlineData("In 1979 Havana undertook to train some 80 Ghanaian customs officers.", 1979, 80)]
    [InlineData("In 1980 Cuba trained 45 Ghanaian pilots.", 1980, 45)]
    [InlineData("In 1984 some 400 Ghanaian schoolchildren were sent to study in Cuba.", 1984, 400)]
    public void ReadsPeopleAPartyTrainsAndSchoolchildrenAsLearners(string sentence, int year, decimal amount) =>
        AssertOneAid("Cuba–Ghana relations", sentence, "Cuba", "Ghana", year, amount);

    [Fact]
    public void ReadsTheLaterCueAfterATrainingWithNoFigure() =>
        AssertOneAid("Cuba–Ghana relations", "In 1979 Cuba agreed to train the militia and sent 50 instructors to Accra.", "Cuba", "Ghana", 1979, 50);

    [Fact]
    public void IgnoresRecruitsAPartyTrainsForItself() =>
        Assert.Empty(Aid("Cuba–Ghana relations", "In 1981 Ghana began to train 300 recruits for its army."));

    [Fact]
    public void ReadsTheShareOfLearnersWhoGraduatedFromAPartysSchools() =>
        Assert.Equal(
            [("Cuba", "Ghana", 1990, 700m, "students")],
            Aid("Cuba–Ghana relations", "Ghanaians studied in Havana and Santiago, and some 700 of them had graduated from Cuban universities by 1990."));

    [Fact]
    public void IgnoresAShareOfPeopleWhoDoNotLearn() =>
        Assert.Equal(
            [("Cuba", "Ghana", 1985, 300m, "doctors")],
            Aid("Cuba–Ghana relations", "Cuba sent 300 doctors to Ghana in 1985, and 200 of them stayed for ten years."));

    [Theory]
    [InlineData("Rawlings was in Havana in October 1985, and a first team of 30 Cuban doctors arrived the following spring.", 1986)]
    [InlineData("The accord was signed in January 1985, and 30 Cuban doctors arrived the following summer.", 1985)]
    public void DatesAFigureOfTheFollowingSeasonAfterTheDateBefore(string sentence, int year) =>
        AssertOneAid("Cuba–Ghana relations", sentence, "Cuba", "Ghana", year, 30);

    [Fact]
    public void GivesNoYearToAFigureSpreadOverTheFollowingDecade() =>
        AssertOneAid(
            "Cuba–Ghana relations",
            "Ties began in 1975. Over the following decade Havana sent some 600 teachers to Ghana, and the first Ghanaian doctors graduated in Cuba in 1984.",
            "Cuba", "Ghana", null, 600);

    [Fact]
    public void ReadsAModelsPluralAsItsUnit() =>
        Assert.Equal(
            [("Soviet Union", "Ghana", 1978, 30m, "BTR-60s")],
            Aid("Ghana–Soviet Union relations", "In 1978 Moscow shipped 30 BTR-60s and spare parts to Ghana."));

    [Fact]
    public void ReadsADemonymInASumAsItsCurrencyNotAsTheGiver() =>
        AssertOneAid("Ghana–Vietnam relations", "In 1972 Hanoi lent Ghana 40 million Ghanaian cedis for a textile mill.", "Vietnam", "Ghana", 1972, 40_000_000);

    [Fact]
    public void ReadsATransferInAClauseAfterWhenWithAPartyAsItsSubject() =>
        AssertOneAid(
            "Cuba–Vietnam relations",
            "Deputy Premier Julio Ramos came to Hanoi in May 1970, when Cuba agreed to send 40 surgeons to the Bach Mai hospital.",
            "Cuba", "Vietnam", 1970, 40);

    [Fact]
    public void ReadsTheLaterClauseAfterWhenWithNoPartyOfItsOwnAsBefore() =>
        AssertOneAid("Cuba–Vietnam relations", "In 1977, when a typhoon struck Vietnam, Cuba sent 300 tonnes of sugar.", "Cuba", "Vietnam", 1977, 300);

    [Theory]
    [InlineData("Czechoslovakia–Ghana relations", "Deputy Premier Pavel Horak flew to Accra in May 1983 to sign a credit of US$ 15 million for irrigation pumps.", "Czechoslovakia", "Ghana", 1983, 15_000_000)]
    [InlineData("Bulgaria–Vietnam relations", "Minister Ivan Petrov travelled to Hanoi in June 1967 and signed an agreement for a loan of 20 million leva.", "Bulgaria", "Vietnam", 1967, 20_000_000)]
    public void ReadsAVisitorWhoFlewToAPartysCityAsTheGiverOfWhatHeSigns(string title, string sentence, string donor, string recipient, int year, decimal amount) =>
        AssertOneAid(title, sentence, donor, recipient, year, amount);

    [Theory]
    [InlineData("In 1962 the Ghanaian finance minister came home with an interest-free loan of 40 million rubles.")]
    [InlineData("Kofi Mensah led a trade mission to Moscow in 1962; Mensah came home with a credit of 40 million rubles.")]
    public void ReadsATravellerWhoCameHomeWithAidAsItsRecipient(string sentence) =>
        AssertOneAid("Ghana–Soviet Union relations", sentence, "Soviet Union", "Ghana", 1962, 40_000_000);

    [Fact]
    public void ReadsThePartyRightAfterAVerbOfGivingAsTheRecipientWhenAnEarlierClauseNamedIt() =>
        AssertOneAid(
            "Laos–Poland relations",
            "A Lao delegation spent a week in Warsaw in 1976, and the accord it brought home gave Laos a credit of 20 million zloty.",
            "Poland", "Laos", 1976, 20_000_000);

    [Fact]
    public void ReadsPeopleWhoReceivedTrainingInAPartysPlantsAsLearners() =>
        AssertOneAid("Ghana–Soviet Union relations", "In 1984 some 250 young mechanics received practical training in Soviet plants.", "Soviet Union", "Ghana", 1984, 250);

    [Theory]
    [InlineData("In July 1961 Brezhnev received them in the Kremlin, and the Soviets extended a credit of 40 million rubles.")]
    [InlineData("Nkrumah toured Soviet factories in July 1961; when he landed in Moscow, Khrushchev received him at the airport, and the Soviets extended a credit of 40 million rubles.")]
    public void ReadsNoTransferInAHostReceivingAVisitor(string sentence) =>
        AssertOneAid("Ghana–Soviet Union relations", sentence, "Soviet Union", "Ghana", 1961, 40_000_000);

    [Fact]
    public void ReadsTheLoadOfShipsThatArriveWithItAndNotTheShips() =>
        Assert.Equal(
            [("Cuba", "Ghana", 1988, 9_000m, "tonnes of sugar")],
            Aid("Cuba–Ghana relations", "After the floods of 1988 Cuba was quick to send help: three Cuban freighters docked at Tema in May with 9,000 tonnes of sugar."));

    [Fact]
    public void ReadsShipsGivenAsTheFigure() =>
        AssertOneAid("Cuba–Ghana relations", "In 1988 Cuba donated three freighters to Ghana.", "Cuba", "Ghana", 1988, 3);
}
