using BenchmarkDotNet.Running;

// `dotnet run -c Release --project bench/Pulse.Benchmarks -- --filter '*'` runs all; see docs/performance.md.
BenchmarkSwitcher.FromAssembly(typeof(Pulse.Benchmarks.CliProcessBenchmarks).Assembly).Run(args);
