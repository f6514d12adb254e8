using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Relations.Web.Data;
using Relations.Web.Features.Export;

namespace Relations.Web.Api;

public static class PeopleApi
{
    public static RouteGroupBuilder MapPeopleApi(this RouteGroupBuilder api)
    {
        api.MapGet("/people", async (RelationsDb db, CancellationToken ct) =>
            TypedResults.Ok(await db.Persons.OrderBy(p => p.Name).Select(p => new { p.Name, p.Slug }).ToListAsync(ct)));

        api.MapGet("/people/{slug}", async Task<Results<Ok<PersonExport>, RedirectHttpResult, ProblemHttpResult>> (string slug, RelationsDb db, CancellationToken ct) =>
        {
            var person = await db.Persons.Include(p => p.Aliases).SingleOrDefaultAsync(p => p.Slug == slug, ct);
            if (person is null)
            {
                var canonical = await db.PersonAliases.Where(a => a.Slug == slug).Join(db.Persons, a => a.PersonId, p => p.Id, (a, p) => p.Slug).FirstOrDefaultAsync(ct);
                return canonical is null
                    ? RelationsApi.NotFound($"No person {slug} in the corpus.")
                    : TypedResults.Redirect($"/api/people/{canonical}", permanent: true);
            }

            var eventIds = await db.Events.Where(e => e.Persons.Any(p => p.PersonId == person.Id)).OrderBy(e => e.Earliest).ThenBy(e => e.Id).Select(e => e.Id).ToListAsync(ct);
            return TypedResults.Ok(new PersonExport(
                person.Name,
                person.Slug,
                [.. person.Aliases.Select(a => a.Alias).Where(a => a != person.Name).Distinct().Order(StringComparer.Ordinal)],
                await db.Relations.Where(r => r.Persons.Any(p => p.PersonId == person.Id) || r.Events.Any(e => e.Persons.Any(p => p.PersonId == person.Id)))
                    .OrderBy(r => r.Slug).Select(r => r.Slug).ToListAsync(ct),
                await EventExports.LoadAsync(db, eventIds, ct),
                await EventExports.Visits(db.Visits.Where(v => v.PersonId == person.Id)).ToListAsync(ct)));
        });
        return api;
    }
}
