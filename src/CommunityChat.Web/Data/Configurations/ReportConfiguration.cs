using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CommunityChat.Web.Data.Configurations;

public sealed class ReportConfiguration : IEntityTypeConfiguration<Report>
{
    public void Configure(EntityTypeBuilder<Report> builder)
    {
        builder.Property(r => r.Reason).HasMaxLength(500);

        // One open report per person per post: a second one while the first waits is the same report (docs/decisions.md).
        builder.HasIndex(r => new { r.PostId, r.ReporterId }).IsUnique().HasFilter("\"Status\" = 'Open'");
        builder.HasIndex(r => new { r.Status, r.CreatedAt });
        builder.HasOne<Post>().WithMany().HasForeignKey(r => r.PostId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<User>().WithMany().HasForeignKey(r => r.ReporterId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<User>().WithMany().HasForeignKey(r => r.HandledById).OnDelete(DeleteBehavior.SetNull);
    }
}
