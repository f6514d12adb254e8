# Multi-stage: build and test with the SDK, import the seeds at build time, serve from the ASP.NET runtime as a non-root user.
# Docker does not run on the development machines; every step is a README command.

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY . .
RUN dotnet restore Relations.sln
RUN dotnet build Relations.sln -c Release --no-restore
# The browser tests need Chromium; the image runs the rest.
RUN dotnet test Relations.sln -c Release --no-build --filter "FullyQualifiedName!~Browser"
# Not --no-build: a publish is compiled ReadyToRun for the platform (see Relations.Web.csproj), which the build above is not.
RUN dotnet publish src/Relations.Web -c Release -o /app
# Bake the database: the web tier reads this immutable file.
RUN mkdir -p /app/data && dotnet /app/Relations.Web.dll import seeds --db /app/data/relations.db

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=build /app .
COPY seeds ./seeds
ENV ASPNETCORE_URLS=http://+:8080 \
    Relations__Database=/app/data/relations.db \
    Relations__Seeds=/app/seeds
USER app
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=3s --start-period=10s CMD ["dotnet", "/app/Relations.Web.dll", "healthcheck", "--url", "http://127.0.0.1:8080/healthz"]
ENTRYPOINT ["dotnet", "/app/Relations.Web.dll"]
