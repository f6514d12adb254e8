using System.Globalization;
using Relations.Articles.Values;

namespace Relations.Articles.Tests.Values;

public sealed class DatePointTests
{
    [Theory]
    [InlineData(1950, 1, 31, DatePrecision.Day, "1950-01-31")]
    [InlineData(2019, 12, 9, DatePrecision.Day, "2019-12-09")]
    [InlineData(1957, 7, 0, DatePrecision.Month, "1957-07")]
    [InlineData(1986, 0, 0, DatePrecision.Year, "1986")]
    [InlineData(1960, 0, 0, DatePrecision.Decade, "1960s")]
    [InlineData(800, 3, 4, DatePrecision.Day, "0800-03-04")]
    [InlineData(5, 0, 0, DatePrecision.Year, "0005")]
    [InlineData(0, 0, 0, DatePrecision.Decade, "0000s")]
    [InlineData(12345, 0, 0, DatePrecision.Year, "12345")]
    [InlineData(-44, 3, 15, DatePrecision.Day, "-0044-03-15")]
    public void IsoWritesEachPrecision(int year, int month, int day, DatePrecision precision, string iso) =>
        Assert.Equal(iso, new DatePoint(year, month, day, precision).Iso);

    [Fact]
    public void IsoAgreesWithTheNumberFormatterOnEveryDayOfFourCenturies()
    {
        for (var date = new DateOnly(1800, 1, 1); date.Year < 2200; date = date.AddDays(1))
        {
            var point = DatePoint.OfDay(date.Year, date.Month, date.Day);
            Assert.Equal(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), point.Iso);
            Assert.Equal(date.ToString("yyyy-MM", CultureInfo.InvariantCulture), DatePoint.OfMonth(date.Year, date.Month).Iso);
        }
    }
}
