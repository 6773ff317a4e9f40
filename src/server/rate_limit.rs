//! Per-client limits on the two costly posts: sending to the chair and making a PDF. They are
//! checked inside the handlers (with `governor`) rather than by a tower layer such as
//! tower_governor, because a refused parent must get the page back in their language with
//! every word they wrote still in it, and a layer only sees the request, not the answers.

use std::{
    net::{IpAddr, Ipv6Addr, SocketAddr},
    num::NonZeroU32,
    sync::atomic::{AtomicBool, Ordering},
};

use axum::extract::ConnectInfo;
use governor::{DefaultKeyedRateLimiter, Quota, RateLimiter};
use http::{request::Parts, HeaderName};

pub const SENDS_PER_HOUR: &str = "CONFERENCE_GUIDE_SENDS_PER_HOUR";
pub const PDFS_PER_MINUTE: &str = "CONFERENCE_GUIDE_PDFS_PER_MINUTE";
pub const CLIENT_IP_HEADER: &str = "CONFERENCE_GUIDE_CLIENT_IP_HEADER";

/// Forget clients not seen for a while once this many are remembered.
const TIDY_ABOVE_CLIENTS: usize = 10_000;

#[derive(Debug, Clone, PartialEq)]
pub struct LimitSettings {
    /// Reports one address may send to the chair in an hour (all at once, or spread out).
    pub sends_per_hour: NonZeroU32,
    /// PDFs one address may make in a minute.
    pub pdfs_per_minute: NonZeroU32,
    /// Behind a proxy, the header that carries the client's address (its last value is used,
    /// the one the proxy itself added). Unset: the address of the connection.
    pub client_ip_header: Option<HeaderName>,
}

impl Default for LimitSettings {
    fn default() -> Self {
        LimitSettings {
            sends_per_hour: NonZeroU32::new(10).expect("not zero"),
            pdfs_per_minute: NonZeroU32::new(20).expect("not zero"),
            client_ip_header: None,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{variable} {problem}")]
pub struct LimitSettingsError {
    pub variable: &'static str,
    pub problem: &'static str,
}

impl LimitSettings {
    pub fn from_variables(
        lookup: impl Fn(&str) -> Option<String>,
    ) -> Result<Self, LimitSettingsError> {
        let defaults = LimitSettings::default();
        let count = |variable: &'static str, default: NonZeroU32| match lookup(variable)
            .filter(|value| !value.trim().is_empty())
        {
            None => Ok(default),
            Some(value) => value
                .trim()
                .parse::<NonZeroU32>()
                .map_err(|_| LimitSettingsError {
                    variable,
                    problem: "must be a whole number above 0",
                }),
        };
        let client_ip_header =
            match lookup(CLIENT_IP_HEADER).filter(|value| !value.trim().is_empty()) {
                None => None,
                Some(name) => {
                    Some(
                        HeaderName::try_from(name.trim()).map_err(|_| LimitSettingsError {
                            variable: CLIENT_IP_HEADER,
                            problem: "must be a header name, like X-Forwarded-For",
                        })?,
                    )
                }
            };
        Ok(LimitSettings {
            sends_per_hour: count(SENDS_PER_HOUR, defaults.sends_per_hour)?,
            pdfs_per_minute: count(PDFS_PER_MINUTE, defaults.pdfs_per_minute)?,
            client_ip_header,
        })
    }
}

pub struct RateLimits {
    sends: DefaultKeyedRateLimiter<IpAddr>,
    pdfs: DefaultKeyedRateLimiter<IpAddr>,
    client_ip_header: Option<HeaderName>,
    /// Set once a header value could not be read, so the warning is logged only once.
    warned_unreadable_header: AtomicBool,
}

impl RateLimits {
    pub fn new(settings: &LimitSettings) -> Self {
        RateLimits {
            sends: RateLimiter::keyed(Quota::per_hour(settings.sends_per_hour)),
            pdfs: RateLimiter::keyed(Quota::per_minute(settings.pdfs_per_minute)),
            client_ip_header: settings.client_ip_header.clone(),
            warned_unreadable_header: AtomicBool::new(false),
        }
    }

    /// Whether this client may send one more report now (and counts it if so).
    pub fn allow_send(&self, request: &Parts) -> bool {
        Self::allow(&self.sends, self.client(request))
    }

    /// Whether this client may make one more PDF now (and counts it if so).
    pub fn allow_pdf(&self, request: &Parts) -> bool {
        Self::allow(&self.pdfs, self.client(request))
    }

    fn allow(limiter: &DefaultKeyedRateLimiter<IpAddr>, client: IpAddr) -> bool {
        if limiter.len() > TIDY_ABOVE_CLIENTS {
            limiter.retain_recent();
        }
        limiter.check_key(&client).is_ok()
    }

    /// The client's address: from the proxy's header when one is configured, otherwise from
    /// the connection. Requests with neither share one bucket.
    fn client(&self, request: &Parts) -> IpAddr {
        let from_header = self.client_ip_header.as_ref().and_then(|name| {
            let last = request.headers.get_all(name).iter().next_back()?;
            let address = last
                .to_str()
                .ok()
                .and_then(|value| value.rsplit(',').next())
                .and_then(client_address);
            if address.is_none() && !self.warned_unreadable_header.swap(true, Ordering::Relaxed) {
                // Never the value: it comes from the client's side and could hold anything.
                tracing::warn!(
                    "a {name} header held no address that could be read, so that request was \
                     counted by its connection's address (said once)"
                );
            }
            address
        });
        let from_connection = || {
            request
                .extensions
                .get::<ConnectInfo<SocketAddr>>()
                .map(|ConnectInfo(address)| address.ip())
        };
        from_header
            .or_else(from_connection)
            .map(group_ipv6)
            .unwrap_or(IpAddr::V6(Ipv6Addr::UNSPECIFIED))
    }
}

/// The address in one proxy header entry: `192.0.2.1`, `192.0.2.1:5678`, `2001:db8::1`,
/// `[2001:db8::1]` or `[2001:db8::1]:443`. Proxies add the port or the brackets in some setups.
fn client_address(entry: &str) -> Option<IpAddr> {
    let entry = entry.trim();
    entry
        .parse::<IpAddr>()
        .ok()
        .or_else(|| entry.parse::<SocketAddr>().ok().map(|address| address.ip()))
        .or_else(|| {
            let inside = entry.strip_prefix('[')?.strip_suffix(']')?;
            inside.parse::<Ipv6Addr>().ok().map(IpAddr::V6)
        })
}

/// One household's IPv6 addresses share a /64, so they share a limit.
fn group_ipv6(address: IpAddr) -> IpAddr {
    match address {
        IpAddr::V6(v6) => match v6.to_ipv4_mapped() {
            Some(v4) => IpAddr::V4(v4),
            None => {
                let segments = v6.segments();
                IpAddr::V6(Ipv6Addr::new(
                    segments[0],
                    segments[1],
                    segments[2],
                    segments[3],
                    0,
                    0,
                    0,
                    0,
                ))
            }
        },
        v4 => v4,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn request(peer: &str, headers: &[(&str, &str)]) -> Parts {
        let mut builder = http::Request::post("/en/report/send");
        for (name, value) in headers {
            builder = builder.header(*name, *value);
        }
        let (mut parts, ()) = builder.body(()).expect("valid").into_parts();
        parts
            .extensions
            .insert(ConnectInfo(peer.parse::<SocketAddr>().expect("address")));
        parts
    }

    fn limits(sends: u32, header: Option<&str>) -> RateLimits {
        RateLimits::new(&LimitSettings {
            sends_per_hour: NonZeroU32::new(sends).expect("not zero"),
            pdfs_per_minute: NonZeroU32::new(2).expect("not zero"),
            client_ip_header: header.map(|name| HeaderName::try_from(name).expect("name")),
        })
    }

    #[test]
    fn each_client_gets_its_own_allowance() {
        let limits = limits(2, None);
        let first = request("192.0.2.1:5000", &[]);
        let second = request("192.0.2.2:5000", &[]);
        assert!(limits.allow_send(&first));
        assert!(limits.allow_send(&first));
        assert!(!limits.allow_send(&first), "the third send in an hour");
        assert!(limits.allow_send(&second), "another client is not affected");
        assert!(limits.allow_pdf(&first), "PDFs are counted apart");
    }

    #[test]
    fn a_spoofed_forwarding_header_is_ignored_unless_configured() {
        let limits = limits(1, None);
        assert!(limits.allow_send(&request(
            "192.0.2.1:1",
            &[("x-forwarded-for", "198.51.100.1")]
        )));
        assert!(!limits.allow_send(&request(
            "192.0.2.1:2",
            &[("x-forwarded-for", "198.51.100.2")]
        )));
    }

    #[test]
    fn behind_a_proxy_the_last_forwarded_address_is_the_client() {
        let limits = limits(1, Some("x-forwarded-for"));
        let proxy = "10.0.0.1:443";
        assert!(limits.allow_send(&request(
            proxy,
            &[("x-forwarded-for", "203.0.113.9, 198.51.100.1")]
        )));
        assert!(
            limits.allow_send(&request(proxy, &[("x-forwarded-for", "198.51.100.2")])),
            "a different client behind the same proxy"
        );
        assert!(
            !limits.allow_send(&request(
                proxy,
                &[("x-forwarded-for", "1.2.3.4, 198.51.100.1")]
            )),
            "a forged first entry does not make a new client"
        );
    }

    #[test]
    fn proxy_addresses_with_a_port_or_brackets_are_read() {
        for (entry, address) in [
            ("198.51.100.7", "198.51.100.7"),
            (" 198.51.100.7:5678 ", "198.51.100.7"),
            ("2001:db8::1", "2001:db8::1"),
            ("[2001:db8::1]", "2001:db8::1"),
            ("[2001:db8::1]:443", "2001:db8::1"),
        ] {
            assert_eq!(
                client_address(entry),
                Some(address.parse().expect("address")),
                "{entry}"
            );
        }
        for entry in [
            "",
            "unknown",
            "[198.51.100.7]",
            "2001:db8::1]",
            "1.2.3.4:port",
            "_x",
        ] {
            assert_eq!(client_address(entry), None, "{entry}");
        }
    }

    #[test]
    fn clients_behind_a_proxy_that_adds_ports_get_their_own_allowance() {
        let limits = limits(1, Some("x-forwarded-for"));
        let proxy = "10.0.0.1:443";
        assert!(limits.allow_send(&request(proxy, &[("x-forwarded-for", "198.51.100.1:5000")])));
        assert!(
            limits.allow_send(&request(
                proxy,
                &[("x-forwarded-for", "[2001:db8:1:2::1]:6000")]
            )),
            "a different client, not the proxy's bucket"
        );
        assert!(
            !limits.allow_send(&request(
                proxy,
                &[("x-forwarded-for", "203.0.113.5, 198.51.100.1:5001")]
            )),
            "the same client from another port"
        );
    }

    #[test]
    fn an_unreadable_proxy_header_is_warned_about_once_without_its_value() {
        #[derive(Clone, Default)]
        struct Collected(std::sync::Arc<std::sync::Mutex<Vec<u8>>>);
        impl std::io::Write for Collected {
            fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
                self.0.lock().expect("lock").extend_from_slice(bytes);
                Ok(bytes.len())
            }
            fn flush(&mut self) -> std::io::Result<()> {
                Ok(())
            }
        }
        let collected = Collected::default();
        let subscriber = tracing_subscriber::fmt()
            .with_ansi(false)
            .with_writer({
                let collected = collected.clone();
                move || collected.clone()
            })
            .finish();
        let limits = limits(1, Some("x-forwarded-for"));
        tracing::subscriber::with_default(subscriber, || {
            for _ in 0..3 {
                limits.allow_pdf(&request(
                    "10.0.0.1:443",
                    &[("x-forwarded-for", "SENTINEL-not-an-address")],
                ));
            }
        });
        let log = String::from_utf8_lossy(&collected.0.lock().expect("lock")).into_owned();
        assert_eq!(log.matches("x-forwarded-for header").count(), 1, "{log}");
        assert!(!log.contains("SENTINEL"), "{log}");
    }

    #[test]
    fn ipv6_clients_are_grouped_by_their_64_bit_prefix() {
        let limits = limits(1, None);
        assert!(limits.allow_send(&request("[2001:db8:1:2::1]:1", &[])));
        assert!(!limits.allow_send(&request("[2001:db8:1:2::99]:1", &[])));
        assert!(limits.allow_send(&request("[2001:db8:1:3::1]:1", &[])));
    }

    #[test]
    fn settings_are_read_and_mistakes_named() {
        let settings = LimitSettings::from_variables(|name| match name {
            SENDS_PER_HOUR => Some("3".into()),
            CLIENT_IP_HEADER => Some("X-Real-IP".into()),
            _ => None,
        })
        .expect("valid");
        assert_eq!(settings.sends_per_hour.get(), 3);
        assert_eq!(settings.pdfs_per_minute.get(), 20);
        assert_eq!(
            settings.client_ip_header.expect("set").as_str(),
            "x-real-ip"
        );
        for (variable, value) in [
            (SENDS_PER_HOUR, "0"),
            (PDFS_PER_MINUTE, "many"),
            (CLIENT_IP_HEADER, "bad header"),
        ] {
            let error =
                LimitSettings::from_variables(|name| (name == variable).then(|| value.to_owned()))
                    .expect_err(variable);
            assert_eq!(error.variable, variable);
        }
    }
}
