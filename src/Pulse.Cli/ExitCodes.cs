namespace Pulse.Cli;

/// <summary>The exit codes `pulse` promises (README, `pulse --help`).</summary>
public static class ExitCodes
{
    public const int Ok = 0;
    public const int Failed = 1;
    public const int Usage = 2;
}
