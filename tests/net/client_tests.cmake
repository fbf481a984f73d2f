# The client side of the office LAN (issue 14): the HTTPS transport and enrolment against a fake
# host on 127.0.0.1:0 with a throwaway certificate (fake_host.cpp).
add_executable(net_client_tests
  fake_host.cpp
  https_transport_test.cpp
  enrollment_test.cpp
)
target_link_libraries(net_client_tests PRIVATE motcua_test_main motcua::net motcua::warnings PkgConfig::HTTPLIB OpenSSL::SSL OpenSSL::Crypto)
catch_discover_tests(net_client_tests TEST_PREFIX "net: ")
