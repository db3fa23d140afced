from pdpgateway.v1 import reception_service_pb2, reception_service_pb2_grpc
from service.grpc.services import exposing


def test_a_service_is_exposed_under_the_full_name_and_adder_its_generated_modules_declare() -> None:
    servicer = object()

    service = exposing(reception_service_pb2, reception_service_pb2_grpc)(servicer)

    assert service.name == "pdpgateway.v1.ReceptionService"
    assert service.add_to_server is reception_service_pb2_grpc.add_ReceptionServiceServicer_to_server
    assert service.servicer is servicer
