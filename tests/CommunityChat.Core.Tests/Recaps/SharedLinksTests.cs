using CommunityChat.Core.Recaps;
using CommunityChat.Core.Tests.Transcripts;

namespace CommunityChat.Core.Tests.Recaps;

public class SharedLinksTests
{
    [Fact]
    public void Each_link_is_listed_once_with_whoever_shared_it_first()
    {
        var links = SharedLinks.Collect(
        [
            Sample.Comment(3, Sample.Bob, "Also https://example.org/guide/ and [docs](https://docs.example.org?a=1&b=2)"),
            Sample.Answer(2, Sample.Ann, 1, "See https://example.org/guide"),
            Sample.Comment(4, Sample.Guest, "Hi @ann, #chat and mailto:me@example.org"),
        ]);

        Assert.Equal(
            [("https://example.org/guide", "ann"), ("https://docs.example.org?a=1&b=2", "bob")],
            links.Select(l => (l.Url, l.SharedBy.Handle)));
    }
}
