using CommunityChat.Core.Posts;

namespace CommunityChat.Core.Tests.Posts;

public class PostMarkdownTests
{
    private const string Rel = "rel=\"nofollow ugc noopener noreferrer\"";

    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("<img src=x onerror=alert(1)>")]
    [InlineData("hi <b onmouseover=alert(1)>bold</b>")]
    [InlineData("<iframe src=\"https://evil.example\"></iframe>")]
    [InlineData("<div>\n<script>alert(1)</script>\n</div>")]
    public void Raw_html_is_shown_as_text_never_as_markup(string markdown)
    {
        var html = PostMarkdown.ToHtml(markdown);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<iframe", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<b ", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<div", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[x](javascript:alert(1))")]
    [InlineData("[x](JaVaScRiPt:alert(1))")]
    [InlineData("[x](&#106;avascript:alert(1))")]
    [InlineData("[x](&#x6A;avascript:alert(1))")]
    [InlineData("[x](javascript&#58;alert(1))")]
    [InlineData("[x](<java script:alert(1)>)")]
    [InlineData("[x]( javascript:alert(1))")]
    [InlineData("[x](data:text/html,<script>alert(1)</script>)")]
    [InlineData("[x](vbscript:msgbox(1))")]
    [InlineData("[x](file:///etc/passwd)")]
    [InlineData("[x](/admin)")]
    [InlineData("[x](//evil.example/)")]
    [InlineData("[x](relative/page)")]
    [InlineData("[x][r]\n\n[r]: javascript:alert(1)")]
    public void Links_with_other_schemes_render_as_plain_text(string markdown)
    {
        var html = PostMarkdown.ToHtml(markdown);
        Assert.DoesNotContain("<a", html, StringComparison.Ordinal);
        Assert.DoesNotContain("href", html, StringComparison.Ordinal);
        Assert.Contains(">x", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<javascript:alert(1)>")]
    [InlineData("<data:text/html,hi>")]
    [InlineData("<ftp://files.example/x>")]
    public void Angle_autolinks_with_other_schemes_are_plain_text(string markdown) =>
        Assert.DoesNotContain("<a", PostMarkdown.ToHtml(markdown), StringComparison.Ordinal);

    [Theory]
    [InlineData("[site](http://example.com)", "http://example.com")]
    [InlineData("[site](https://example.com/a?b=1)", "https://example.com/a?b=1")]
    [InlineData("[site](HTTPS://example.com)", "HTTPS://example.com")]
    [InlineData("[mail](mailto:bob@example.com)", "mailto:bob@example.com")]
    public void Allowed_links_render_with_the_external_rel(string markdown, string href)
    {
        var html = PostMarkdown.ToHtml(markdown);
        Assert.Contains($"href=\"{href}\"", html, StringComparison.Ordinal);
        Assert.Contains(Rel, html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("see http://example.com/page now", "http://example.com/page")]
    [InlineData("see https://example.com now", "https://example.com")]
    [InlineData("see www.example.com now", "https://www.example.com")]
    [InlineData("<http://example.com>", "http://example.com")]
    [InlineData("<https://example.com/x>", "https://example.com/x")]
    public void Bare_and_angle_urls_become_links_with_the_external_rel(string markdown, string href)
    {
        var html = PostMarkdown.ToHtml(markdown);
        Assert.Contains($"<a href=\"{href}\"", html, StringComparison.Ordinal);
        Assert.Contains(Rel, html, StringComparison.Ordinal);
    }

    [Fact]
    public void Angle_email_becomes_a_mailto_link() =>
        Assert.Contains("href=\"mailto:bob@example.com\"", PostMarkdown.ToHtml("<bob@example.com>"), StringComparison.Ordinal);

    [Fact]
    public void Image_with_allowed_url_becomes_a_link_with_its_alt_text()
    {
        var html = PostMarkdown.ToHtml("![a chart](http://x/y.png)");
        Assert.DoesNotContain("<img", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"http://x/y.png\"", html, StringComparison.Ordinal);
        Assert.Contains(">a chart</a>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Image_without_alt_text_links_with_its_url_as_text() =>
        Assert.Contains(">http://x/y.png</a>", PostMarkdown.ToHtml("![](http://x/y.png)"), StringComparison.Ordinal);

    [Theory]
    [InlineData("![pic](javascript:alert(1))")]
    [InlineData("![pic](data:image/png;base64,AAAA)")]
    [InlineData("![pic](/local.png)")]
    public void Image_with_refused_url_is_only_its_alt_text(string markdown)
    {
        var html = PostMarkdown.ToHtml(markdown);
        Assert.Equal("<p>pic</p>", html.Trim());
    }

    [Theory]
    [InlineData("hi @bob", "bob")]
    [InlineData("@Bob_99 hi", "Bob_99")]
    [InlineData("(@bob)", "bob")]
    [InlineData("@abcdefghijklmno", "abcdefghijklmno")]
    public void Handles_link_to_their_profile(string markdown, string handle) =>
        Assert.Contains($"<a href=\"/@{handle}\">@{handle}</a>", PostMarkdown.ToHtml(markdown), StringComparison.Ordinal);

    [Theory]
    [InlineData("write to bob@example.com")]
    [InlineData("@abcdefghijklmnop is too long")]
    [InlineData("a lone @ sign")]
    [InlineData("`@bob` in code")]
    [InlineData("```\n@bob\n```")]
    [InlineData("    @bob indented code")]
    public void Emails_code_and_overlong_handles_are_not_mentions(string markdown)
    {
        Assert.DoesNotContain("href=\"/@", PostMarkdown.ToHtml(markdown), StringComparison.Ordinal);
        Assert.Empty(PostMarkdown.Mentions(markdown));
    }

    [Theory]
    [InlineData("love #TwitterSmarter", "twittersmarter", "#TwitterSmarter")]
    [InlineData("#Leadership matters", "leadership", "#Leadership")]
    [InlineData("#_private", "_private", "#_private")]
    [InlineData("#tag2019 rocks", "tag2019", "#tag2019")]
    public void Hashtags_link_to_their_lowercased_page(string markdown, string path, string shown) =>
        Assert.Contains($"<a href=\"/tags/{path}\">{shown}</a>", PostMarkdown.ToHtml(markdown), StringComparison.Ordinal);

    [Fact]
    public void Unicode_hashtags_link_with_an_encoded_address()
    {
        var html = PostMarkdown.ToHtml("#Café");
        Assert.Contains(">#Café</a>", html, StringComparison.Ordinal);
        Assert.Equal(["café"], PostMarkdown.Hashtags("#Café"));
    }

    [Theory]
    [InlineData("# Heading")]
    [InlineData("## Heading two")]
    [InlineData("C# is a language")]
    [InlineData("issue #1")]
    [InlineData("`#tag` in code")]
    [InlineData("```\n#tag\n```")]
    [InlineData("&#35;tag")]
    [InlineData("a&#tag")]
    public void Headings_numbers_code_and_entities_are_not_hashtags(string markdown)
    {
        Assert.DoesNotContain("/tags/", PostMarkdown.ToHtml(markdown), StringComparison.Ordinal);
        Assert.Empty(PostMarkdown.Hashtags(markdown));
    }

    [Fact]
    public void Heading_can_carry_a_hashtag()
    {
        var html = PostMarkdown.ToHtml("# Hello #World");
        Assert.StartsWith("<h1>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/tags/world\">#World</a>", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[#tag and @bob](https://example.com)")]
    [InlineData("[see https://other.example](https://example.com)")]
    public void Link_text_holds_no_nested_links(string markdown)
    {
        var html = PostMarkdown.ToHtml(markdown);
        Assert.Equal(1, CountOf(html, "<a "));
        Assert.Contains("href=\"https://example.com\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Mentions_inside_link_text_are_not_listed() =>
        Assert.Empty(PostMarkdown.Mentions("[@bob](https://example.com)"));

    [Fact]
    public void Hashtags_are_listed_once_lowercased_in_order() =>
        Assert.Equal(["b", "a"], PostMarkdown.Hashtags("#B then #a then #b again"));

    [Fact]
    public void Mentions_are_listed_once_as_first_written() =>
        Assert.Equal(["Bob", "ann"], PostMarkdown.Mentions("@Bob and @ann and @bob"));

    [Fact]
    public void Code_span_content_is_escaped_and_unlinked() =>
        Assert.Contains("<code>&lt;b&gt; @bob #x</code>", PostMarkdown.ToHtml("`<b> @bob #x`"), StringComparison.Ordinal);

    [Fact]
    public void Emphasis_and_lists_still_render() =>
        Assert.Equal("<p><strong>bold</strong> and <em>it</em></p>", PostMarkdown.ToHtml("**bold** and *it*").Trim());

    [Fact]
    public void New_line_in_a_post_is_a_line_break() =>
        Assert.Contains("<br />", PostMarkdown.ToHtml("one\ntwo"), StringComparison.Ordinal);

    [Fact]
    public void Link_title_cannot_break_out_of_its_attribute()
    {
        var html = PostMarkdown.ToHtml("[x](https://example.com \"a\\\" onmouseover=\\\"alert(1)\")");
        Assert.DoesNotContain("\" onmouseover", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Rendering_is_safe_from_many_threads()
    {
        var results = new string[64];
        Parallel.For(0, results.Length, i => results[i] = PostMarkdown.ToHtml($"@user{i} #tag{i} http://example.com/{i}"));
        for (var i = 0; i < results.Length; i++)
        {
            Assert.Contains($"/@user{i}\"", results[i], StringComparison.Ordinal);
            Assert.Contains($"/tags/tag{i}\"", results[i], StringComparison.Ordinal);
        }
    }

    private static int CountOf(string text, string value) =>
        (text.Length - text.Replace(value, string.Empty, StringComparison.Ordinal).Length) / value.Length;

    [Theory]
    [InlineData(128, "> ")]
    [InlineData(100, "- ")]
    public void Markdown_nested_past_the_parsers_limit_is_shown_as_typed_and_escaped(int depth, string marker)
    {
        var text = string.Concat(Enumerable.Repeat(marker, depth)) + "<b>x</b>";

        var html = PostMarkdown.ToHtml(text);

        Assert.StartsWith("<p>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;b&gt;x&lt;/b&gt;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Inline_html_links_tags_and_handles_without_a_paragraph()
    {
        var html = PostMarkdown.ToInlineHtml("How do you welcome #newcomers, @Gene?");
        Assert.StartsWith("How do you welcome <a", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/tags/newcomers\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/@Gene\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<p>", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("First paragraph\n\nsecond <b>one</b>", "First paragraph\n\nsecond &lt;b&gt;one&lt;/b&gt;")]
    [InlineData("- a list", "- a list")]
    [InlineData("<script>x</script>", "&lt;script&gt;x&lt;/script&gt;")]
    public void Inline_html_of_several_blocks_is_the_text_as_typed(string markdown, string expected) =>
        Assert.Equal(expected, PostMarkdown.ToInlineHtml(markdown));
}
