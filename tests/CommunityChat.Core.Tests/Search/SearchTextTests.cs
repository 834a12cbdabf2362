using CommunityChat.Core.Search;

namespace CommunityChat.Core.Tests.Search;

public class SearchTextTests
{
    [Theory]
    [InlineData("La **Communauté** d'abord !", "la communaute d abord")]
    [InlineData("A1 #TrustIssues with @anab", "a1 trustissues with anab")]
    [InlineData("Ｆｕｌｌ width", "full width")]
    [InlineData("", "")]
    public void Indexes_folded_words(string text, string indexed) => Assert.Equal(indexed, SearchText.ForIndex(text));

    [Fact]
    public void Indexes_chinese_runs_as_overlapping_pairs_and_their_last_character() =>
        Assert.Equal("a1 建立 立信 信任 任 trust", SearchText.ForIndex("A1 建立信任。Trust"));

    [Fact]
    public void A_single_chinese_character_is_one_token() => Assert.Equal("好 ok", SearchText.ForIndex("好 ok"));
}

public class SearchTermsTests
{
    [Theory]
    [InlineData("trust", "\"trust\"")]
    [InlineData("Communauté CONFIANCE", "\"communaute\" \"confiance\"")]
    [InlineData("信任", "\"信任\"")]
    [InlineData("建立信任", "\"建立 立信 信任\"")]
    [InlineData("信", "\"信\"*")]
    [InlineData("\"quoted\" AND NEAR(a b) * OR -x", "\"quoted\" \"and\" \"near\" \"a\" \"b\" \"or\" \"x\"")]
    [InlineData("trust trust TRUST", "\"trust\"")]
    public void Writes_every_query_as_quoted_words_for_fts5(string query, string expression) =>
        Assert.Equal(expression, SearchTerms.Parse(query).ToFts5());

    [Theory]
    [InlineData("trust", "'trust'")]
    [InlineData("communauté confiance", "'communaute' & 'confiance'")]
    [InlineData("建立信任", "('建立' <-> '立信' <-> '信任')")]
    [InlineData("信", "'信':*")]
    [InlineData("it's 'quoted' & !not | <-> :*", "'it' & 's' & 'quoted' & 'not'")]
    public void Writes_every_query_as_quoted_lexemes_for_postgres(string query, string expression) =>
        Assert.Equal(expression, SearchTerms.Parse(query).ToTsQuery());

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("*** \"\" () ::")]
    [InlineData(null)]
    public void Queries_without_words_are_empty(string? query) => Assert.True(SearchTerms.Parse(query).IsEmpty);

    [Fact]
    public void A_very_long_query_is_cut_to_a_few_words()
    {
        var terms = SearchTerms.Parse(string.Join(' ', Enumerable.Range(0, 2500).Select(i => "w" + i)));
        Assert.Equal(SearchTerms.MaxTerms, terms.Words.Count);
    }
}

public class SnippetTests
{
    [Fact]
    public void Marks_the_words_found_with_their_stems_and_accents()
    {
        var parts = Snippet.Build("We trusted the Communauté because trust is earned.", SearchTerms.Parse("trust communaute"));
        Assert.Equal(["trusted", "Communauté", "trust"], parts.Where(p => p.Match).Select(p => p.Text));
        Assert.Equal("We trusted the Communauté because trust is earned.", string.Concat(parts.Select(p => p.Text)));
    }

    [Fact]
    public void Marks_a_chinese_word_inside_a_sentence()
    {
        var parts = Snippet.Build("我们在社区里建立信任很重要", SearchTerms.Parse("信任"));
        Assert.Equal(["信任"], parts.Where(p => p.Match).Select(p => p.Text));
        Assert.Equal("我们在社区里建立", parts[0].Text);
    }

    [Fact]
    public void A_long_post_is_cut_around_the_first_word_found()
    {
        var text = string.Join(' ', Enumerable.Repeat("filler", 60)) + " the answer is trust " + string.Join(' ', Enumerable.Repeat("more", 80));
        var parts = Snippet.Build(text, SearchTerms.Parse("trust"));
        Assert.Equal("…", parts[0].Text);
        Assert.Equal("…", parts[^1].Text);
        Assert.Contains(parts, p => p.Match && p.Text == "trust");
        Assert.True(string.Concat(parts.Select(p => p.Text)).Length <= Snippet.DefaultLength + 2);
    }

    [Fact]
    public void Markup_in_a_post_stays_text() =>
        Assert.Contains(Snippet.Build("<script>alert('trust')</script>", SearchTerms.Parse("trust")), p => p.Text.Contains("<script>", StringComparison.Ordinal));
}
