using Pulse.Cli;

return await PulseCli.RunAsync(args, Console.Out, Console.Error, CliTerminal.Detect());
