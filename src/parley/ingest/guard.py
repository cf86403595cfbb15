"""The address guard: parley fetches only from public internet addresses.

A feed or a page named by a user, a link in a feed, a redirect and a webhook
are all untrusted: any of them could point parley at a service on the local
network or at a cloud metadata endpoint (server-side request forgery). So
every connection parley opens is checked *when it is opened*:

- the host name is resolved, and every address it resolves to is checked;
- private (10/8, 172.16/12, 192.168/16, fc00::/7), loopback (127/8, ::1),
  link-local (169.254/16, fe80::/10), multicast, reserved, unspecified
  (0.0.0.0, ::) and other non-global addresses (100.64/10, ...) are refused,
  also when written as an IPv4-mapped or 6to4 IPv6 address;
- the connection is made to the checked address itself, so a second DNS
  answer cannot swap in another one (DNS rebinding).

Because the check sits in the connection layer (:class:`GuardedBackend`),
every redirect hop is checked too. Users who do want internal addresses set
``allow_private_addresses = true`` (everything) or list networks in
``allowed_networks`` (``"10.1.0.0/16, 127.0.0.1/32"``).
"""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import httpcore

from parley.errors import ConfigError
from parley.settings import Settings

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
IPNetwork = ipaddress.IPv4Network | ipaddress.IPv6Network

#: Properties of an address that make it non-public, checked in this order.
_CATEGORIES = (
    ("is_unspecified", "unspecified"),
    ("is_loopback", "loopback"),
    ("is_link_local", "link-local"),
    ("is_multicast", "multicast"),
    ("is_private", "private"),
    ("is_reserved", "reserved"),
)

ALLOW_HINT = "set allow_private_addresses (or allowed_networks) to fetch it"


class AddressRefused(Exception):
    """A connection the guard did not allow; ``str()`` is a one-line reason."""


@dataclass(frozen=True, slots=True)
class AddressPolicy:
    """Which addresses may be connected to; build with :meth:`from_settings`."""

    allow_private: bool = False
    allowed: tuple[IPNetwork, ...] = ()

    @classmethod
    def from_settings(cls, settings: Settings) -> AddressPolicy:
        return cls(
            allow_private=settings.allow_private_addresses,
            allowed=parse_networks(settings.allowed_networks),
        )

    def refusal(self, ip: IPAddress) -> str | None:
        """Why ``ip`` may not be connected to, or None when it may."""
        if self.allow_private or any(ip in net for net in self.allowed):
            return None
        return address_refusal(ip)


def parse_networks(spec: str) -> tuple[IPNetwork, ...]:
    """``"10.1.0.0/16, ::1"`` -> networks; raises ConfigError naming a bad entry."""
    out: list[IPNetwork] = []
    for part in spec.replace(";", ",").split(","):
        text = part.strip()
        if not text:
            continue
        try:
            out.append(ipaddress.ip_network(text, strict=False))
        except ValueError as exc:
            raise ConfigError(
                f"setting 'allowed_networks': {text!r} is not a network; "
                "use CIDR notation such as 10.1.0.0/16 or ::1/128, separated by commas"
            ) from exc
    return tuple(out)


def _embedded(ip: IPAddress) -> IPAddress | None:
    """The IPv4 address inside an IPv4-mapped or 6to4 IPv6 address."""
    if isinstance(ip, ipaddress.IPv6Address):
        return ip.ipv4_mapped or ip.sixtofour
    return None


def _category(ip: IPAddress) -> str | None:
    for attr, label in _CATEGORIES:
        if getattr(ip, attr):
            return label
    return None if ip.is_global else "non-public"


def address_refusal(ip: IPAddress) -> str | None:
    """Why a non-public ``ip`` is refused by default, or None for a public one.

    >>> address_refusal(ipaddress.ip_address("10.0.0.1"))
    '10.0.0.1 is a private address'
    """
    inner = _embedded(ip)
    if inner is not None and _category(inner):
        return f"{ip} is a {_category(inner)} address (it embeds {inner})"
    label = _category(ip)
    return f"{ip} is a{'n' if label == 'unspecified' else ''} {label} address" if label else None


def check_ip(value: str, policy: AddressPolicy | None = None) -> None:
    """Raise :class:`AddressRefused` when the literal address ``value`` is not allowed."""
    reason = (policy or AddressPolicy()).refusal(_ip(value))
    if reason:
        raise AddressRefused(f"refused: {reason}; {ALLOW_HINT}")


def _ip(value: str) -> IPAddress:
    return ipaddress.ip_address(value.split("%", 1)[0])  # drop an IPv6 zone id


def _is_literal(host: str) -> bool:
    try:
        _ip(host.strip("[]"))
    except ValueError:
        return False
    return True


def resolve(host: str, port: int) -> list[str]:
    """Every address ``host`` resolves to (a literal address resolves to itself)."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        raise OSError(f"cannot resolve host {host!r}: {exc}") from exc
    return list(dict.fromkeys(str(info[4][0]) for info in infos))


def allowed_addresses(host: str, port: int, policy: AddressPolicy) -> list[str]:
    """The addresses of ``host`` that may be connected to, in resolver order.

    Raises :class:`AddressRefused` when none may (naming the first refused
    one) and ``OSError`` when the host does not resolve.
    """
    ok: list[str] = []
    refused: list[str] = []
    for address in resolve(host, port):
        reason = policy.refusal(_ip(address))
        if reason:
            refused.append(reason)
        else:
            ok.append(address)
    if ok:
        return ok
    if not refused:
        raise OSError(f"cannot resolve host {host!r}: no address")
    where = "" if _is_literal(host) else f"{host} -> "
    raise AddressRefused(f"refused: {where}{refused[0]}; {ALLOW_HINT}")


class GuardedBackend(httpcore.NetworkBackend):
    """An httpcore network backend that connects only to allowed addresses.

    It wraps httpcore's synchronous backend: ``connect_tcp`` resolves the host
    itself, checks each address against the policy and connects to the first
    allowed one that answers (TLS still verifies the original host name,
    which httpcore passes separately as the SNI/server name).
    """

    def __init__(self, policy: AddressPolicy) -> None:
        self.policy = policy
        self._inner = httpcore.SyncBackend()

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.NetworkStream:
        try:
            addresses = allowed_addresses(host, port, self.policy)
        except OSError as exc:
            raise httpcore.ConnectError(str(exc)) from exc
        last: Exception | None = None
        for address in addresses:
            try:
                return self._inner.connect_tcp(
                    address, port, timeout, local_address, socket_options
                )
            except (httpcore.ConnectError, httpcore.ConnectTimeout) as exc:
                last = exc
        assert last is not None
        raise last

    def connect_unix_socket(
        self,
        path: str,
        timeout: float | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.NetworkStream:
        raise AddressRefused("refused: unix sockets are never fetched")

    def sleep(self, seconds: float) -> None:
        self._inner.sleep(seconds)


def guarded_transport(policy: AddressPolicy) -> Any:
    """An ``httpx.HTTPTransport`` whose every connection goes through the guard.

    No proxies: a proxy would make the connection on parley's behalf, out of
    the guard's sight.
    """
    import httpx

    transport = httpx.HTTPTransport(retries=0)
    transport._pool = httpcore.ConnectionPool(  # the pool httpx sends requests through
        ssl_context=httpx.create_ssl_context(),
        max_connections=10,
        max_keepalive_connections=5,
        network_backend=GuardedBackend(policy),
    )
    return transport
