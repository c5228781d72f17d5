<#-- robots.txt: everything may be crawled; where the sitemap is. -->
User-agent: *
Allow: /
Sitemap: ${sitemap}
