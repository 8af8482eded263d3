using System.Text;
using System.Text.Json;
using Pulse.Connectors.Archives;
using Pulse.Connectors.Json;
using Pulse.Monitoring.Import;

namespace Pulse.Connectors.Tests.Json;

public sealed class JsonArrayReaderTests
{
    private sealed record Item(int N, string? Text);

    private static async Task<List<(long Line, Item Item)>> ReadAsync(string json, bool byteOrderMark = false)
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        if (byteOrderMark) bytes = [.. Encoding.UTF8.Preamble, .. bytes];
        using var stream = new CountingStream(new MemoryStream(bytes), "test.json", bytes.Length);
        var items = new List<(long, Item)>();
        await foreach (var item in JsonArrayReader.ReadAsync(stream, TestContext.Current.CancellationToken))
        {
            items.Add((item.Line, JsonArrayReader.Deserialize<Item>(item, "test.json", JsonSerializerOptions.Web)));
        }

        return items;
    }

    [Fact]
    public async Task Elements_larger_than_the_buffer_and_spanning_buffers_come_out_whole_with_their_lines()
    {
        // 3,000 elements of varying size plus one of 300 kB: far beyond the 64 kB first buffer.
        var json = new StringBuilder("[\n");
        var expectedLines = new List<long>();
        long line = 2;
        for (var n = 0; n < 3_000; n++)
        {
            var text = n == 1_500 ? new string('x', 300_000) : new string('y', n % 97);
            expectedLines.Add(line);
            json.Append("  {\"n\": ").Append(n).Append(",\n   \"text\": \"").Append(text).Append("\"}").Append(n < 2_999 ? ",\n" : "\n");
            line += 2;
        }

        json.Append(']');

        var items = await ReadAsync(json.ToString());

        items.Count.ShouldBe(3_000);
        items.Select(i => i.Item.N).ShouldBe(Enumerable.Range(0, 3_000));
        items.Select(i => i.Line).ShouldBe(expectedLines);
        items[1_500].Item.Text!.Length.ShouldBe(300_000);
    }

    [Fact]
    public async Task A_graph_page_streams_the_value_array_and_ignores_the_paging_properties()
    {
        var items = await ReadAsync("{\n \"@odata.context\": \"x\",\n \"@odata.count\": 2,\n \"value\": [\n  {\"n\": 1},\n  {\"n\": 2}\n ],\n \"@odata.nextLink\": \"y\"\n}");

        items.Select(i => (i.Line, i.Item.N)).ShouldBe([(5L, 1), (6L, 2)]);
    }

    [Fact]
    public async Task A_single_object_is_the_one_element()
    {
        var items = await ReadAsync("\n{\"n\": 7, \"text\": \"alleen\", \"nested\": {\"value\": [1, 2]}}", byteOrderMark: true);

        items.ShouldHaveSingleItem().ShouldBe((2L, new Item(7, "alleen")));
    }

    [Fact]
    public async Task An_empty_array_has_no_elements()
    {
        (await ReadAsync("[ ]")).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_file_cut_short_is_an_error()
    {
        var error = await Should.ThrowAsync<ImportException>(() => ReadAsync("[\n {\"n\": 1},\n {\"n\": 2"));

        error.File.ShouldBe("test.json");
        error.Line.ShouldBe(3);
    }

    [Fact]
    public async Task A_scalar_root_is_an_error()
    {
        var error = await Should.ThrowAsync<ImportException>(() => ReadAsync("42"));

        error.Problem.ShouldBe("expected a JSON array or object");
    }
}
