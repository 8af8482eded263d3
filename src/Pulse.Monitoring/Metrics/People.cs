using System.Runtime.InteropServices;
using Pulse.Monitoring.Model;

namespace Pulse.Monitoring.Metrics;

/// <summary>
/// Who is who: resolves platform accounts to people and people to the directory. People are numbered
/// 0..<see cref="Count"/>−1 so that the per-person tallies of a computation are plain arrays; directory
/// entries come first, in directory order, then people known only from their accounts.
/// </summary>
/// <remarks>
/// A person is the normalised e-mail of an account when it has one (so several accounts with one
/// address are one person, and that person is the directory entry with that address), otherwise the
/// account itself (<see cref="PersonKey"/>). A blank e-mail counts as none. A person's department is the directory's, else the
/// author account's own, else unknown; blank department names count as unknown.
/// </remarks>
internal sealed class People
{
    private readonly Dictionary<string, int> _accountById;
    private readonly int[] _accountPerson;
    private readonly bool[] _accountIsBot;
    private readonly int[] _accountDepartment;
    private readonly List<string> _departmentNames;
    private readonly List<int> _directoryEntriesPerDepartment;

    private People(
        int count,
        bool hasDirectory,
        bool[] inTargetGroup,
        bool[] isManager,
        string?[] directoryDepartment,
        List<string> departmentNames,
        List<int> directoryEntriesPerDepartment,
        Dictionary<string, int> accountById,
        int[] accountPerson,
        bool[] accountIsBot,
        int[] accountDepartment)
    {
        Count = count;
        HasDirectory = hasDirectory;
        InTargetGroup = inTargetGroup;
        IsManagerInTargetGroup = isManager;
        DirectoryDepartment = directoryDepartment;
        _departmentNames = departmentNames;
        _directoryEntriesPerDepartment = directoryEntriesPerDepartment;
        _accountById = accountById;
        _accountPerson = accountPerson;
        _accountIsBot = accountIsBot;
        _accountDepartment = accountDepartment;
    }

    /// <summary>Number of people: directory entries plus people known only from accounts.</summary>
    public int Count { get; }

    /// <summary>False when the organisation has no directory at all (the active-accounts fallback applies).</summary>
    public bool HasDirectory { get; }

    /// <summary>Per person: member of the target group.</summary>
    public IReadOnlyList<bool> InTargetGroup { get; }

    /// <summary>Per person: a directory entry marked as manager and as target group.</summary>
    public IReadOnlyList<bool> IsManagerInTargetGroup { get; }

    /// <summary>Per person: the directory's department, null when not in the directory or left blank there.</summary>
    public IReadOnlyList<string?> DirectoryDepartment { get; }

    /// <summary>The index of the account with this id, or −1 when the author is missing or unknown.</summary>
    public int AccountOf(string? accountExternalId) =>
        accountExternalId is not null && _accountById.TryGetValue(accountExternalId, out var account) ? account : -1;

    /// <summary>The person behind an account index, −1 for an unknown author.</summary>
    public int PersonOf(int account) => account < 0 ? -1 : _accountPerson[account];

    /// <summary>True for an account flagged as a bot or integration.</summary>
    public bool IsBot(int account) => account >= 0 && _accountIsBot[account];

    /// <summary>
    /// Department of the person writing through this account as a number (see <see cref="DepartmentName(int)"/>),
    /// −1 when unknown. Numbers, not names, because the department matrix tallies per reply.
    /// </summary>
    public int DepartmentOf(int account) => account < 0 ? -1 : _accountDepartment[account];

    /// <summary>Departments known, from the directory or from accounts: numbers run 0..DepartmentCount−1.</summary>
    public int DepartmentCount => _departmentNames.Count;

    /// <summary>The name behind a department number.</summary>
    public string DepartmentName(int department) => _departmentNames[department];

    /// <summary>Directory entries (target group or not) in a department: the size the anonymity threshold is held against.</summary>
    public int DirectoryEntriesIn(int department) => _directoryEntriesPerDepartment[department];

    /// <summary>A department as the metrics use it: blank means unknown, anything else is taken as spelt.</summary>
    public static string? DepartmentName(string? department) =>
        string.IsNullOrWhiteSpace(department) ? null : department;

    public static People Resolve(IReadOnlyList<Account> accounts, IReadOnlyList<DirectoryEntry> directory)
    {
        ArgumentNullException.ThrowIfNull(accounts);
        ArgumentNullException.ThrowIfNull(directory);

        var personByEmail = new Dictionary<string, int>(directory.Count + accounts.Count, StringComparer.Ordinal);
        var inTargetGroup = new List<bool>(directory.Count + accounts.Count);
        var isManager = new List<bool>(directory.Count + accounts.Count);
        var directoryDepartment = new List<string?>(directory.Count + accounts.Count);
        var departmentIds = new Dictionary<string, int>(StringComparer.Ordinal);
        var departmentNames = new List<string>();
        var entriesPerDepartment = new List<int>();

        for (var i = 0; i < directory.Count; i++)
        {
            var entry = directory[i];
            var email = DirectoryEntry.NormaliseEmail(entry.Email);
            if (email.Length == 0)
            {
                throw new ArgumentException($"Directory entry {i} has no e-mail address to match it by.", nameof(directory));
            }

            if (!personByEmail.TryAdd(email, i))
            {
                throw new ArgumentException(
                    $"Directory entry {i} has the same e-mail address as entry {personByEmail[email]}; addresses must be unique.",
                    nameof(directory));
            }

            inTargetGroup.Add(entry.InTargetGroup);
            isManager.Add(entry.IsManager && entry.InTargetGroup);
            var department = DepartmentName(entry.Department);
            directoryDepartment.Add(department);
            if (department is not null)
            {
                entriesPerDepartment[DepartmentId(department)]++;
            }
        }

        var accountById = new Dictionary<string, int>(accounts.Count, StringComparer.Ordinal);
        var accountPerson = new int[accounts.Count];
        var accountIsBot = new bool[accounts.Count];
        var accountDepartment = new int[accounts.Count];
        var hasDirectory = directory.Count > 0;

        for (var j = 0; j < accounts.Count; j++)
        {
            var account = accounts[j];
            if (!accountById.TryAdd(account.ExternalId, j))
            {
                throw new ArgumentException($"Account id '{account.ExternalId}' occurs more than once.", nameof(accounts));
            }

            int person;
            if (PersonKey.EmailOf(account.Email) is not { } email)
            {
                person = AddPerson();
            }
            else if (!personByEmail.TryGetValue(email, out person))
            {
                person = AddPerson();
                personByEmail.Add(email, person);
            }

            accountPerson[j] = person;
            accountIsBot[j] = account.IsBot;
            var department = directoryDepartment[person] ?? DepartmentName(account.Department);
            accountDepartment[j] = department is null ? -1 : DepartmentId(department);

            // Without a directory the target group is the platform's active people; one active,
            // human account is enough for the person behind it.
            if (!hasDirectory && account.State == AccountState.Active && !account.IsBot)
            {
                inTargetGroup[person] = true;
            }
        }

        return new People(
            inTargetGroup.Count,
            hasDirectory,
            [.. inTargetGroup],
            [.. isManager],
            [.. directoryDepartment],
            departmentNames,
            entriesPerDepartment,
            accountById,
            accountPerson,
            accountIsBot,
            accountDepartment);

        int DepartmentId(string name)
        {
            ref var id = ref CollectionsMarshal.GetValueRefOrAddDefault(departmentIds, name, out var known);
            if (!known)
            {
                id = departmentNames.Count;
                departmentNames.Add(name);
                entriesPerDepartment.Add(0);
            }

            return id;
        }

        int AddPerson()
        {
            inTargetGroup.Add(false);
            isManager.Add(false);
            directoryDepartment.Add(null);
            return inTargetGroup.Count - 1;
        }
    }
}
