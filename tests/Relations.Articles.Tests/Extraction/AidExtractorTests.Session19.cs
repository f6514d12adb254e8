namespace Relations.Articles.Tests.Extraction;

public partial class AidExtractorTests
{
    [Fact]
    public void LeavesOutTouristsTravellingToTheOtherParty() =>
        Assert.Empty(Aid("Cuba–Portugal relations", "Trade is modest: Portuguese exports, mainly olive oil, wine and machinery, are worth a few tens of millions of euros a year, and some 40,000 Portuguese tourists travel to Cuba annually."));

    [Fact]
    public void StillReadsPeopleSentToTheOtherParty() =>
        AssertOneAid("Cuba–Portugal relations", "In 2009 Portugal sent some 40 Portuguese doctors to Cuba.", "Portugal", "Cuba", 2009, 40);

    [Fact]
    public void GivesTheHostWhatAVisitorToACountryWithTheInItsNameComesHomeWith() =>
        AssertOneAid("Guinea–Soviet Union relations",
            "Sékou Touré made his first visit to the Soviet Union in November 1959, meeting Nikita Khrushchev, and came home with a long-term credit of 140 million rubles for industrial and infrastructure projects.",
            "Soviet Union", "Guinea", 1959, 140_000_000);

    [Fact]
    public void GivesNothingToAVisitorToACountryWithTheInItsNameWhoComesHomeWithoutACue() =>
        Assert.Empty(Aid("Guinea–Soviet Union relations", "Sékou Touré made his first visit to the Soviet Union in November 1959 and came home with 40 photographs of the trip."));

    [Fact]
    public void GivesNoYearToAStandingFigure()
    {
        var aid = Aid("South Yemen–Soviet Union relations",
            "Soviet assistance to the PDRY between 1967 and 1985 has been estimated at about 500 million US dollars, and at any given time roughly 2,000 South Yemeni students were studying at Soviet universities and military academies.");

        Assert.Contains(("Soviet Union", "South Yemen", (int?)null, 2_000m, "students"), aid);
    }

    [Fact]
    public void StillDatesStudentsCountedInAYear() =>
        AssertOneAid("South Yemen–Soviet Union relations", "In 1980 roughly 2,000 South Yemeni students were studying at Soviet universities.", "Soviet Union", "South Yemen", 1980, 2_000);

    [Theory]
    [InlineData("Angola–North Korea relations", "In 1985 a further 45 Angolans began courses in engineering and agronomy in Pyongyang.", "North Korea", "Angola", 1985, 45)]
    [InlineData("Romania–Vietnam relations", "By 1975 more than 3,000 Vietnamese had completed studies or vocational training in Romania.", "Romania", "Vietnam", 1975, 3_000)]
    public void ReadsPeopleWhoBeginOrCompleteStudiesAsStudents(string title, string body, string donor, string recipient, int year, decimal amount)
    {
        var a = Assert.Single(Aid(title, body));

        Assert.Equal((donor, recipient, (int?)year, amount, "students"), a);
    }

    [Theory]
    [InlineData("Angola–North Korea relations", "In 1985 a further 45 Angolans began talks in Pyongyang.")]
    [InlineData("Romania–Vietnam relations", "By 1975 more than 3,000 Vietnamese had completed the railway in Romania.")]
    public void LeavesOutPeopleWhoBeginOrCompleteSomethingElse(string title, string body) =>
        Assert.Empty(Aid(title, body));

    [Fact]
    public void ReadsWhatAPartyReciprocatesWith()
    {
        var aid = Aid("Romania–Vietnam relations",
            "During the first wave of the pandemic, in April 2020, Vietnam donated 100,000 face masks to Romania. Romania reciprocated in September 2021 with 100,800 doses of the Oxford–AstraZeneca vaccine.");

        Assert.Equal([("Vietnam", "Romania", 2020, 100_000m, "face masks"), ("Romania", "Vietnam", 2021, 100_800m, "doses")], aid);
    }

    [Fact]
    public void ReadsNothingWhenAPartyReciprocatesWithoutGoods() =>
        Assert.Empty(Aid("Romania–Vietnam relations", "In 2021 Romania reciprocated by opening 2 new consulates."));

    [Fact]
    public void CountsTheLearnersNamedBeforeABareFigureThatGraduated()
    {
        var a = Assert.Single(Aid("Cuba–Sri Lanka relations",
            "Since 2006 Cuba has offered scholarships to Sri Lankan students; about 120 have graduated from the Latin American School of Medicine outside Havana."));

        Assert.Equal(("Cuba", "Sri Lanka", (int?)2006, 120m, "students"), a);
    }

    [Fact]
    public void ReadsNoBareFigureThatDidNotLearn() =>
        Assert.Empty(Aid("Cuba–Sri Lanka relations", "Since 2006 Cuba has offered scholarships to Sri Lankan students; about 120 have applied."));

    [Fact]
    public void LeavesOutTheWorthOfGoodsSold() =>
        Assert.Empty(Aid("Cuba–Sri Lanka relations",
            "Sri Lankan tea sold to Cuba is worth roughly US$3 million a year, and Cuba sells medicines and biotechnology products to Sri Lanka."));

    [Fact]
    public void StillReadsGoodsSoldWithoutAWorth() =>
        AssertOneAid("Cuba–Sri Lanka relations", "In 2008 Sri Lanka sold 5 tonnes of tea to Cuba.", "Sri Lanka", "Cuba", 2008, 5);

    [Fact]
    public void GivesToThePeopleSomethingIsOfferedTo()
    {
        var aid = Aid("Cuba–Ghana relations",
            "Havana had also begun to offer university places to young Ghanaians: 40 scholarships were granted in 1963, 60 in 1964 and 75 in 1965, chiefly in medicine and agronomy.");

        Assert.Equal([("Cuba", "Ghana", 1963, 40m, "scholarships"), ("Cuba", "Ghana", 1964, 60m, "scholarships"), ("Cuba", "Ghana", 1965, 75m, "scholarships")], aid);
    }

    [Fact]
    public void StillLetsPeopleWhoOfferBeTheGivers() =>
        AssertOneAid("Cuba–Ghana relations", "Young Ghanaians had also begun to offer their help to Cuba: 40 volunteers were sent in 1963.", "Ghana", "Cuba", 1963, 40);

    [Fact]
    public void SeeksTheSubjectOfATransferInItsWhenClause() =>
        AssertOneAid("Cuba–Namibia relations",
            "Cuban doctors have been a mainstay of the Namibian public health system since 1992, when the first brigade of 31 medical personnel arrived in Windhoek.",
            "Cuba", "Namibia", 1992, 31);

    [Fact]
    public void StillReadsAPartyNamedInAWhenClauseAsItsSubject() =>
        AssertOneAid("Cuba–Namibia relations", "Relations warmed in 2008, when Namibia presented Cuba with 2,000 tonnes of canned beef.", "Namibia", "Cuba", 2008, 2_000);

    [Fact]
    public void ReadsATeamOfAPartysPeopleAfterCommaAndAsATransferOfItsOwn()
    {
        var aid = Aid("Bulgaria–Nicaragua relations",
            "By 1988 roughly 1,200 Nicaraguan students had passed through Bulgarian universities and technical colleges, and a team of 30 Bulgarian doctors worked at the hospital in Puerto Cabezas in 1986.");

        Assert.Equal([("Bulgaria", "Nicaragua", 1988, 1_200m, "students"), ("Bulgaria", "Nicaragua", 1986, 30m, "doctors")], aid);
    }

    [Fact]
    public void KeepsLearnersAfterCommaAndFromSettingTheDirection()
    {
        var aid = Aid("South Yemen–Soviet Union relations",
            "Soviet assistance to the PDRY has been estimated at about 500 million US dollars, and roughly 2,000 South Yemeni students were studying at Soviet universities. Food aid was also significant, with Soviet wheat deliveries of 40,000 tonnes in 1982 and 55,000 tonnes in 1983.");

        Assert.All(aid, a => Assert.Equal(("Soviet Union", "South Yemen"), (a.Donor, a.Recipient)));
        Assert.Equal(4, aid.Count());
    }

    [Fact]
    public void GivesToThePartyWhoseServiceTheTransferHelpsBuildUp() =>
        AssertOneAid("Angola–East Germany relations",
            "In 1976 the Ministry for State Security under Erich Mielke sent some 40 advisers to help build up the Angolan security service.",
            "East Germany", "Angola", 1976, 40);

    [Fact]
    public void GivesNothingWhenThePurposeIsNoHelp() =>
        Assert.Empty(Aid("Angola–East Germany relations", "In 1976 the Ministry for State Security sent some 40 advisers to study the Angolan security service."));

    [Fact]
    public void DatesAFigureByTheYearOfItsOwnVerbAfterAnd()
    {
        var aid = Aid("Cambodia–Poland relations",
            "Poland sent 12 agronomists to the rubber and rice research stations at Battambang in 1962 and in 1963 granted a trade credit of 25 million złoty.");

        Assert.Equal([("Poland", "Cambodia", 1962, 12m, "agronomists"), ("Poland", "Cambodia", 1963, 25_000_000m, "złoty")], aid);
    }

    [Fact]
    public void StillDatesBothVerbsByTheYearBeforeThem()
    {
        var aid = Aid("Cambodia–Poland relations", "In 1962 Poland sent 12 agronomists and granted a trade credit of 25 million złoty.");

        Assert.Equal([1962, 1962], aid.Select(a => a.Year));
    }

    [Fact]
    public void DatesFiguresJoinedByAndByTheDateThatClosesTheirPhrase()
    {
        var aid = Aid("Indonesia–Vietnam relations",
            "After the 2004 Indian Ocean tsunami, Vietnam sent US$100,000 in cash and 500 tonnes of rice to Aceh in January 2005.");

        Assert.Equal([2005, 2005], aid.Select(a => a.Year));
    }

    [Fact]
    public void StillDatesAFigureBeforeACommaByItsOwnYear()
    {
        var aid = Aid("Indonesia–Vietnam relations", "In 2004 Vietnam sent US$100,000 in cash, and 500 tonnes of rice followed in 2005.");

        Assert.Equal(2004, aid.First().Year);
    }

    [Fact]
    public void ReadsAListOfFundsAPartyCommitted()
    {
        var aid = Aid("Hungary–Laos relations",
            "Hungary has since committed new development funds:\n- a tied-aid credit of €46 million signed in 2018 for the water supply of Luang Prabang\n- US$100,000 in emergency aid after the collapse of the Xe-Pian Xe-Namnoy dam in Attapeu Province in July 2018");

        Assert.Equal([("Hungary", "Laos", 2018, 46_000_000m, "euros"), ("Hungary", "Laos", 2018, 100_000m, "US dollars")], aid);
    }

    [Fact]
    public void ReadsNoListThatAnnouncesAccords() =>
        Assert.Empty(Aid("Hungary–Laos relations",
            "Hungary has since signed new accords:\n- a tied-aid credit of €46 million signed in 2018 for the water supply of Luang Prabang"));

    [Fact]
    public void GoesOnWithTheLastGiversInAListOfFurtherAssistance()
    {
        var aid = Aid("Ethiopia–East Germany relations",
            "In 1979 East Germany sent 40 advisers to Ethiopia.\n\nFurther assistance is documented for the early 1980s:\n- a government credit of 100 million marks, signed in 1980, for a textile mill at Kombolcha");

        Assert.Contains(("East Germany", "Ethiopia", (int?)1980, 100_000_000m, "marks"), aid);
    }

    [Fact]
    public void ReadsNoListOfAssistanceThatDoesNotGoOn() =>
        Assert.Single(Aid("Ethiopia–East Germany relations",
            "In 1979 East Germany sent 40 advisers to Ethiopia.\n\nAssistance from others is documented for the early 1980s:\n- a government credit of 100 million marks, signed in 1980, for a textile mill at Kombolcha"));

    [Fact]
    public void GoesOnWithItsParagraphsGiversInAListItAnnounces()
    {
        var aid = Aid("Cuba–Namibia relations",
            "Cuban doctors have been a mainstay of the Namibian public health system since 1992, when the first brigade of 31 medical personnel arrived in Windhoek. The programme grew steadily:\n- 2009: 50 Cuban teachers of mathematics and science posted to rural schools\n- 2014: about 250 health workers, including specialists at Windhoek Central Hospital");

        Assert.Equal([1992, 2009, 2014], aid.Select(a => a.Year));
        Assert.All(aid, a => Assert.Equal(("Cuba", "Namibia"), (a.Donor, a.Recipient)));
    }

    [Fact]
    public void ReadsNoListOfTradeAfterAParagraphOfAid() =>
        Assert.Single(Aid("Cuba–Namibia relations",
            "Cuban doctors have been a mainstay of the Namibian public health system since 1992, when the first brigade of 31 medical personnel arrived in Windhoek. Trade grew steadily:\n- 2014: about 250 tonnes of beef"));

    [Fact]
    public void LeavesOutPeopleWhoReturnHome() =>
        Assert.Empty(Aid("Cuba–Ecuador relations",
            "In November 2019 the government ended the medical cooperation agreement, after which 382 Cuban doctors returned home."));

    [Fact]
    public void StillReadsPeopleWhoReturnToTheOtherParty() =>
        AssertOneAid("Cuba–Ecuador relations", "In 2020, 382 Cuban doctors returned to Ecuador.", "Cuba", "Ecuador", 2020, 382);

    [Theory]
    [InlineData("Laos–East Germany relations", "Trade was never large. Laos exported timber, coffee and tin, and the annual turnover seldom exceeded 15 million Valuta-Mark.")]
    [InlineData("North Korea–Togo relations", "Trade is negligible; Togolese customs figures record exports to North Korea of well under US$200,000 a year, mostly raw cotton.")]
    public void LeavesOutATurnoverOrTheExportsOfAYear(string title, string body) =>
        Assert.Empty(Aid(title, body));

    [Theory]
    [InlineData("Laos–East Germany relations", "Laos exported timber, and East Germany granted Laos a credit of 15 million Valuta-Mark.", "East Germany", "Laos", 15_000_000)]
    [InlineData("North Korea–Togo relations", "In 2018 Togo sent a gift to North Korea of US$200,000.", "Togo", "North Korea", 200_000)]
    public void StillReadsAGiftBesideTradeWords(string title, string body, string donor, string recipient, decimal amount)
    {
        var a = Assert.Single(Aid(title, body));

        Assert.Equal((donor, recipient, amount), (a.Donor, a.Recipient, a.Amount));
    }

    [Fact]
    public void LeavesOutGoodsSuppliedInExchangeForThePartnersGoods() =>
        Assert.Empty(Aid("Poland–Yugoslavia relations",
            "Under a 1947 trade agreement Poland supplied 400,000 tonnes of coal a year in exchange for Yugoslav bauxite, tobacco and non-ferrous metals."));

    [Fact]
    public void StillReadsGoodsSuppliedInExchangeForSomethingElse() =>
        AssertOneAid("Iran–North Korea relations", "Iran agreed in 1993 to supply North Korea with 2 million tons of crude oil a year, partly in exchange for missile technology.",
            "Iran", "North Korea", 1993, 2_000_000);

    [Fact]
    public void LeavesOutVesselsStruckOffARegistry() =>
        Assert.Empty(Aid("North Korea–Togo relations",
            "In 2017 several tankers flying the Togolese flag had carried North Korean coal, and in 2018 Togo struck 25 vessels linked to North Korean trade off its registry."));

    [Fact]
    public void GivesTheSubjectWhatItGrantsAGovernmentNamedForTheOtherParty()
    {
        var aid = Aid("Cambodia–Romania relations",
            "Ceaușescu, accompanied by Elena Ceaușescu, paid a state visit to Democratic Kampuchea at the end of May 1978, the first by a foreign head of state, and held talks with Pol Pot and Khieu Samphan. During the visit Romania granted the Khmer Rouge government a long-term credit of US$10 million and promised 50 DAC trucks.");

        Assert.Equal([("Romania", "Cambodia", (int?)1978, 10_000_000m, "US dollars"), ("Romania", "Cambodia", (int?)1978, 50m, "trucks")], aid);
    }

    [Fact]
    public void ReadsEveryFigureOfAListItemWithoutAVerbOfGiving()
    {
        var aid = Aid("Afghanistan–Mongolia relations",
            "Mongolian assistance during the war included:\n- 20,000 sheepskin coats and 500 tonnes of meat shipped in the winter of 1981;\n- 120 scholarships for Afghan students at Mongolian universities in 1984;");

        Assert.Contains(("Mongolia", "Afghanistan", (int?)1981, 500m, "tonnes of meat"), aid);
    }

    [Fact]
    public void ReadsNoFigureOfAListItemThatIsNotJoinedByAnd()
    {
        var aid = Aid("Afghanistan–Mongolia relations",
            "Mongolian assistance during the war included:\n- 20,000 sheepskin coats shipped in the winter of 1981 for 500 families;");

        Assert.Equal([("Mongolia", "Afghanistan", (int?)1981, 20_000m, "sheepskin coats")], aid);
    }

    [Fact]
    public void StillGivesFromTheVisitorToThePartyAVerbVisits() =>
        AssertOneAid("Cambodia–Romania relations", "In 1978 Ceaușescu chose to visit Cambodia and granted a long-term credit of US$10 million.",
            "Romania", "Cambodia", 1978, 10_000_000);

    [Fact]
    public void GivesNoYearToTheFigureAtTheHeightOfCooperation()
    {
        var aid = Aid("Benin–Soviet Union relations",
            "In 1978 the Soviet Union donated two Antonov An-26 transport aircraft to the Beninese air force. At the height of cooperation about 50 Soviet military advisers served with the People's Armed Forces of Benin.");

        Assert.Contains(("Soviet Union", "Benin", (int?)null, 50m, "military advisers"), aid);
    }

    [Fact]
    public void StillDatesTheFigureAtTheHeightOfCooperationInAYear()
    {
        var aid = Aid("Benin–Soviet Union relations",
            "In 1978 the Soviet Union donated two Antonov An-26 transport aircraft to the Beninese air force. At the height of cooperation in 1985 about 50 Soviet military advisers served with the People's Armed Forces of Benin.");

        Assert.Contains(("Soviet Union", "Benin", (int?)1985, 50m, "military advisers"), aid);
    }

    [Fact]
    public void StillDatesPeopleAtWorkAtThePeakOfAYear() =>
        AssertOneAid("Czechoslovakia–Mongolia relations",
            "The best known were the brickworks and power station at Darkhan, where some 350 Czechoslovak engineers and technicians were at work at the peak of construction in 1961.",
            "Czechoslovakia", "Mongolia", 1961, 350);
}
