using Relations.Web.Features.Charts;

namespace Relations.Web.Tests.Charts;

public class ChartScaleTests
{
    [Theory]
    [InlineData(0, 23, 0, 25, 5)]
    [InlineData(0, 20_000_000, 0, 20_000_000, 5_000_000)]
    [InlineData(0, 7, 0, 8, 2)]
    [InlineData(0, 1, 0, 1, 0.2)]
    [InlineData(0, 0, 0, 1, 0.2)]
    [InlineData(3, 3, 0, 3, 1)]
    [InlineData(-12, 38, -20, 40, 10)]
    public void NiceBoundsAndStep(double min, double max, double niceMin, double niceMax, double step)
    {
        var scale = ChartScale.Nice(min, max, 5);
        Assert.Equal((niceMin, niceMax, step), (scale.Min, scale.Max, scale.Step));
        Assert.True(scale.Min <= min);
        Assert.True(scale.Max >= max);
    }

    [Fact]
    public void TicksAreRoundNumbersFromMinToMax()
    {
        Assert.Equal([0, 0.2, 0.4, 0.6, 0.8, 1.0], ChartScale.Nice(0, 1).Ticks);
        Assert.Equal([0, 5, 10, 15, 20, 25], ChartScale.Nice(0, 23).Ticks);
    }

    [Fact]
    public void MapsLinearlyOntoTheRangeEvenUpsideDown()
    {
        var scale = ChartScale.Nice(0, 20);
        Assert.Equal(150, scale.Map(0, 150, 10));
        Assert.Equal(10, scale.Map(20, 150, 10));
        Assert.Equal(80, scale.Map(10, 150, 10));
    }

    [Theory]
    [InlineData(0, "0")]
    [InlineData(2.5, "2.5")]
    [InlineData(5000, "5,000")]
    [InlineData(20_000, "20k")]
    [InlineData(12_500_000, "12.5M")]
    [InlineData(1_200_000_000, "1.2bn")]
    public void LabelsAreShort(double value, string label) => Assert.Equal(label, ChartScale.Label(value));

    [Fact]
    public void RejectsNonFiniteBounds() => Assert.Throws<ArgumentOutOfRangeException>(() => ChartScale.Nice(0, double.NaN));
}
