using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Relations.Web.Data;

/// <summary>The SQLite model (DESIGN.md, "Model"). The schema is built with EnsureCreated: the database is derived from the articles.</summary>
public class RelationsDb(DbContextOptions<RelationsDb> options) : DbContext(options)
{
    /// <summary>Stored in each database; the site re-imports a database of another version. 3: the link tables keep their person and country indexes.</summary>
    public const int SchemaVersion = 3;

    public DbSet<CountryRow> Countries => Set<CountryRow>();

    public DbSet<RelationRow> Relations => Set<RelationRow>();

    public DbSet<ArticleBlockRow> ArticleBlocks => Set<ArticleBlockRow>();

    public DbSet<MissionRow> Missions => Set<MissionRow>();

    public DbSet<EventRow> Events => Set<EventRow>();

    public DbSet<EventPersonRow> EventPersons => Set<EventPersonRow>();

    public DbSet<EventCountryRow> EventCountries => Set<EventCountryRow>();

    public DbSet<VisitRow> Visits => Set<VisitRow>();

    public DbSet<AidRow> Aid => Set<AidRow>();

    public DbSet<PersonRow> Persons => Set<PersonRow>();

    public DbSet<PersonAliasRow> PersonAliases => Set<PersonAliasRow>();

    public DbSet<RelationPersonRow> RelationPersons => Set<RelationPersonRow>();

    public DbSet<SeeAlsoRow> SeeAlso => Set<SeeAlsoRow>();

    public DbSet<SourceFileRow> SourceFiles => Set<SourceFileRow>();

    public DbSet<DiagnosticRow> Diagnostics => Set<DiagnosticRow>();

    public DbSet<DatabaseInfoRow> DatabaseInfo => Set<DatabaseInfoRow>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<CountryRow>(e =>
        {
            e.ToTable("Countries");
            e.HasIndex(c => c.Slug).IsUnique();
            e.HasOne(c => c.Successor).WithMany().HasForeignKey(c => c.SuccessorId);
        });
        modelBuilder.Entity<RelationRow>(e =>
        {
            e.ToTable("Relations");
            e.HasIndex(r => r.Slug).IsUnique();
            e.HasOne(r => r.FirstCountry).WithMany().HasForeignKey(r => r.FirstCountryId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne(r => r.SecondCountry).WithMany().HasForeignKey(r => r.SecondCountryId).OnDelete(DeleteBehavior.Restrict);
            e.HasMany(r => r.Blocks).WithOne().HasForeignKey(b => b.RelationId);
            e.HasMany(r => r.Persons).WithOne().HasForeignKey(p => p.RelationId);
        });
        modelBuilder.Entity<ArticleBlockRow>(e =>
        {
            e.ToTable("ArticleBlocks");
            e.HasIndex(b => new { b.RelationId, b.Ordinal });
        });
        modelBuilder.Entity<MissionRow>(e =>
        {
            e.ToTable("Missions");
            e.HasOne(m => m.SendingCountry).WithMany().HasForeignKey(m => m.SendingCountryId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne(m => m.HostCountry).WithMany().HasForeignKey(m => m.HostCountryId).OnDelete(DeleteBehavior.Restrict);
        });
        modelBuilder.Entity<EventRow>(e =>
        {
            e.ToTable("Events");
            e.HasIndex(x => new { x.Earliest, x.Latest });
            e.HasIndex(x => x.RelationId);
        });
        modelBuilder.Entity<EventPersonRow>(e =>
        {
            e.ToTable("EventPersons");
            e.HasKey(x => new { x.EventId, x.PersonId });
            e.HasIndex(x => x.PersonId);
            e.HasOne(x => x.Event).WithMany(x => x.Persons).HasForeignKey(x => x.EventId);
        });
        modelBuilder.Entity<EventCountryRow>(e =>
        {
            e.ToTable("EventCountries");
            e.HasKey(x => new { x.EventId, x.CountryId });
            e.HasIndex(x => x.CountryId);
            e.HasOne(x => x.Event).WithMany(x => x.Countries).HasForeignKey(x => x.EventId);
        });
        modelBuilder.Entity<VisitRow>(e =>
        {
            e.ToTable("Visits");
            e.HasIndex(x => x.PersonId);
            e.HasOne(v => v.FromCountry).WithMany().HasForeignKey(v => v.FromCountryId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne(v => v.ToCountry).WithMany().HasForeignKey(v => v.ToCountryId).OnDelete(DeleteBehavior.Restrict);
        });
        modelBuilder.Entity<AidRow>(e =>
        {
            e.ToTable("Aid");
            e.HasOne(a => a.Donor).WithMany().HasForeignKey(a => a.DonorId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne(a => a.Recipient).WithMany().HasForeignKey(a => a.RecipientId).OnDelete(DeleteBehavior.Restrict);
        });
        modelBuilder.Entity<PersonRow>(e =>
        {
            e.ToTable("Persons");
            e.HasIndex(p => p.Slug).IsUnique();
            e.HasMany(p => p.Aliases).WithOne().HasForeignKey(a => a.PersonId);
        });
        modelBuilder.Entity<PersonAliasRow>(e =>
        {
            e.ToTable("PersonAliases");
            e.HasIndex(a => a.Slug);
        });
        modelBuilder.Entity<RelationPersonRow>(e =>
        {
            e.ToTable("RelationPersons");
            e.HasKey(x => new { x.RelationId, x.PersonId });
            e.HasIndex(x => x.PersonId);
        });
        modelBuilder.Entity<SeeAlsoRow>(e =>
        {
            e.ToTable("SeeAlso");
            e.HasIndex(x => x.TargetSlug);
        });
        modelBuilder.Entity<SourceFileRow>(e =>
        {
            e.ToTable("SourceFiles");
            e.HasIndex(x => x.File).IsUnique();
            e.HasMany(x => x.Diagnostics).WithOne().HasForeignKey(d => d.SourceFileId);
        });
        modelBuilder.Entity<DiagnosticRow>(e => e.ToTable("Diagnostics"));
        modelBuilder.Entity<DatabaseInfoRow>(e => e.ToTable("DatabaseInfo"));

        // The importer numbers every row itself and the file is rebuilt rather than edited, so SQLite's AUTOINCREMENT
        // (never reuse a deleted id) buys nothing, and it costs a sqlite_sequence update for every row inserted.
        foreach (var key in modelBuilder.Model.GetEntityTypes().Select(t => t.FindPrimaryKey()).OfType<IMutableKey>().Where(k => k.Properties.Count == 1))
        {
            key.Properties[0].SetValueGenerationStrategy(SqliteValueGenerationStrategy.None);
        }
    }
}
