"""The suite never touches the network."""

import socket

import pytest


@pytest.mark.filterwarnings("ignore:A test tried to use socket.socket")
def test_opening_an_internet_socket_fails():
    with pytest.raises(Exception) as info:
        socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    assert "socket" in (type(info.value).__name__ + str(info.value)).lower()
