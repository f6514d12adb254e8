using System.Linq.Expressions;
using Relations.Web.Data;

namespace Relations.Web.Features.Events;

/// <summary>A link to a person's page.</summary>
public sealed record PersonLink(string Name, string Slug);

/// <summary>One event as the timeline, year and search pages show it: the date words, the interval and where it came from.</summary>
public sealed record EventItem(
    int Id,
    string RelationSlug,
    string RelationTitle,
    string DateText,
    string DateIso,
    string? EndIso,
    string Precision,
    string? Qualifier,
    DateOnly Earliest,
    DateOnly Latest,
    string Kind,
    string Text,
    string Section,
    int Line,
    int SentenceIndex,
    IReadOnlyList<PersonLink> Persons)
{
    /// <summary>The anchor of the sentence in the article section of the relation page.</summary>
    public string SourceAnchor => $"line-{Line}-s{SentenceIndex}";

    public string SourceUrl => $"/relations/{RelationSlug}#{SourceAnchor}";

    public int Decade => Earliest.Year / 10 * 10;

    /// <summary>Projection used by every feature query, so pages show events the same way.</summary>
    public static readonly Expression<Func<EventRow, EventItem>> FromRow = e => new EventItem(
        e.Id,
        e.Relation.Slug,
        e.Relation.Title,
        e.DateText,
        e.DateIso,
        e.EndIso,
        e.Precision,
        e.Qualifier,
        e.Earliest,
        e.Latest,
        e.Kind,
        e.Text,
        e.Section,
        e.Line,
        e.SentenceIndex,
        e.Persons.OrderBy(p => p.Ordinal).Select(p => new PersonLink(p.Person.Name, p.Person.Slug)).ToList());
}

/// <summary>A visit row as pages show it.</summary>
public sealed record VisitItem(string Person, string PersonSlug, string From, string FromSlug, string To, string ToSlug, string DateText, string DateIso, DateOnly Earliest, string RelationSlug, int Line);

/// <summary>An aid figure as pages show it (amounts per unit; no currency conversion).</summary>
public sealed record AidItem(string Donor, string DonorSlug, string Recipient, string RecipientSlug, int? Year, double Amount, string Unit, string What, string RelationSlug, int Line);

/// <summary>A mission as the mission list shows it.</summary>
public sealed record MissionItem(string Sending, string SendingSlug, string Host, string HostSlug, string Kind, string? City, string? Name);

/// <summary>A relation link with its two parties.</summary>
public sealed record RelationLink(string Slug, string Title);

public static class Projections
{
    public static readonly Expression<Func<VisitRow, VisitItem>> Visit = v => new VisitItem(
        v.Person.Name, v.Person.Slug, v.FromCountry.Name, v.FromCountry.Slug, v.ToCountry.Name, v.ToCountry.Slug, v.DateText, v.DateIso, v.Earliest, v.Relation.Slug, v.Line);

    public static readonly Expression<Func<AidRow, AidItem>> Aid = a => new AidItem(
        a.Donor.Name, a.Donor.Slug, a.Recipient.Name, a.Recipient.Slug, a.Year, a.Amount, a.Unit, a.What, a.Relation.Slug, a.Line);

    public static readonly Expression<Func<MissionRow, MissionItem>> Mission = m => new MissionItem(
        m.SendingCountry.Name, m.SendingCountry.Slug, m.HostCountry.Name, m.HostCountry.Slug, m.Kind, m.City, m.Name);
}
