package dev.tollgate.core.changelog;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Web links of a hosted repository, derived from its git remote URL: compare and commit pages on
 * GitHub and GitLab (including self-hosted GitLab whose host name contains {@code gitlab}).
 *
 * @param host the hosting kind
 * @param baseUrl the repository's web address without a trailing slash, e.g. {@code
 *     https://github.com/acme/widget}
 */
public record RepositoryLinks(Host host, String baseUrl) {

  /** The hosting services whose URL layout is known. */
  public enum Host {
    GITHUB,
    GITLAB
  }

  // scp-like (git@host:owner/repo.git) and URL forms (https://, ssh://, git://), optional user.
  private static final Pattern SCP = Pattern.compile("^(?:[^@/]+@)?([^:/]+):(?!//)(.+?)/*$");
  private static final Pattern URL =
      Pattern.compile("^(?:https?|ssh|git)://(?:[^@/]+@)?([^/:]+)(?::\\d+)?/(.+?)/*$");

  /** Links for a remote URL, or empty when the host is not GitHub or GitLab. */
  public static Optional<RepositoryLinks> fromRemoteUrl(String remoteUrl) {
    if (remoteUrl == null || remoteUrl.isBlank()) {
      return Optional.empty();
    }
    String url = remoteUrl.trim();
    Matcher m = URL.matcher(url);
    if (!m.matches()) {
      m = SCP.matcher(url);
      if (!m.matches()) {
        return Optional.empty();
      }
    }
    String hostName = m.group(1).toLowerCase(java.util.Locale.ROOT);
    String path = m.group(2);
    if (path.endsWith(".git")) {
      path = path.substring(0, path.length() - 4);
    }
    if (path.isEmpty()) {
      return Optional.empty();
    }
    Host host;
    if (hostName.equals("github.com") || hostName.equals("ssh.github.com")) {
      host = Host.GITHUB;
      hostName = "github.com";
    } else if (hostName.contains("gitlab")) {
      host = Host.GITLAB;
    } else {
      return Optional.empty();
    }
    return Optional.of(new RepositoryLinks(host, "https://" + hostName + "/" + path));
  }

  /** The page comparing two tags. */
  public String compareUrl(String fromTag, String toTag) {
    return baseUrl + (host == Host.GITLAB ? "/-/compare/" : "/compare/") + fromTag + "..." + toTag;
  }

  /** The page of one commit. */
  public String commitUrl(String sha) {
    return baseUrl + (host == Host.GITLAB ? "/-/commit/" : "/commit/") + sha;
  }
}
