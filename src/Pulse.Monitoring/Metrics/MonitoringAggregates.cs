using Pulse.Monitoring.Model;

namespace Pulse.Monitoring.Metrics;

/// <summary>
/// One account's countable messages on one UTC day in one community (or outside any).
/// </summary>
/// <param name="Day">Days since 1970-01-01 (<see cref="DayNumber"/>).</param>
/// <param name="Account">Index into <see cref="MonitoringAggregates.Accounts"/>; −1 for an author missing or unknown.</param>
/// <param name="Group">Index into <see cref="MonitoringAggregates.Groups"/>; −1 outside any community.</param>
/// <param name="IsPrivate">Written in private conversations (counted only with the organisation's opt-in).</param>
/// <param name="Messages">Countable messages: posts, not deleted, not by a bot account.</param>
/// <param name="Starters">Of those, thread starters.</param>
public readonly record struct ActivityDay(int Day, int Account, int Group, bool IsPrivate, int Messages, int Starters);

/// <summary>A countable thread starter and when someone else first replied to it (UTC ticks).</summary>
/// <param name="FirstReplyTicks">The earliest countable reply by another person outside private conversations.</param>
/// <param name="FirstReplyWithPrivateTicks">The same with private conversations.</param>
public readonly record struct StartedThread(
    int Day, int Account, int Group, bool IsPrivate, long StartedTicks, long? FirstReplyTicks, long? FirstReplyWithPrivateTicks);

/// <summary>Countable replies of one account to countable messages of another on one UTC day.</summary>
/// <param name="IsPrivate">The reply or its parent is in a private conversation.</param>
public readonly record struct ReplyDay(int Day, int FromAccount, int ToAccount, bool IsPrivate, int Replies);

/// <summary>
/// What the import keeps of an organisation's messages for the participation figures: per day and
/// account (and community) rather than per message, so that a period's figures cost a pass over its
/// days, not over every message ever written. Rows are ordered by day.
/// </summary>
/// <param name="Accounts">The organisation's accounts; rows refer to them by index.</param>
/// <param name="Groups">Community ids (<c>source:id</c>); rows refer to them by index.</param>
/// <param name="FirstDay">Per account: the first day with a countable message outside private conversations.</param>
/// <param name="FirstDayWithPrivate">Per account: the same with private conversations.</param>
public sealed record MonitoringAggregates(
    IReadOnlyList<Account> Accounts,
    IReadOnlyList<string> Groups,
    ActivityDay[] Activity,
    StartedThread[] Threads,
    ReplyDay[] Replies,
    int?[] FirstDay,
    int?[] FirstDayWithPrivate);
