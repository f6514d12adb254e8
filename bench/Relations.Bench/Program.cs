using BenchmarkDotNet.Running;

namespace Relations.Bench;

/// <summary>Runs the benchmarks chosen on the command line (see bench/README.md), e.g. --filter '*Extraction*'.</summary>
public static class Program
{
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
